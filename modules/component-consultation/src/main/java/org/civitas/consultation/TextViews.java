package org.civitas.consultation;

import java.time.Instant;
import java.util.List;

/** What the text's versions, questions and documents show: records built by the services, never entities. */
public final class TextViews {

    private TextViews() {
    }

    /** The whole text of one version; {@code publishedAt} is null for the draft its directorate is writing. */
    public record VersionText(int number, String changelog, Instant publishedAt, List<Views.SectionView> sections) {
    }

    /** Version {@code from} turned into version {@code to}, section by section, in the newer version's order. */
    public record Diff(int from, int to, List<SectionDiff> sections) {
    }

    /**
     * One section's change: {@code change} is {@code added}, {@code removed}, {@code changed} or {@code same};
     * {@code moved} when it changed places among the sections both versions hold. The parts are its words', over
     * the plain text ({@link RichText#plain}).
     */
    public record SectionDiff(long id, String change, boolean moved, String title, List<WordDiff.Part> titleParts,
                              List<WordDiff.Part> parts) {
    }

    /**
     * A question with, for a closed one, each option's count (shown to all) and the reader's own choice ({@code mine},
     * the option's index, null when none).
     */
    public record QuestionView(long id, int position, String kind, String text, List<OptionResult> options, long total,
                               Integer mine) {
    }

    public record OptionResult(int index, String label, long count) {
    }

    /** An attached PDF, without its bytes. */
    public record DocumentView(long id, String title, String fileName, int sizeBytes, Instant uploadedAt) {
    }
}
