package org.civitas.consultation;

import java.time.Instant;
import java.util.List;

/** What the consultations' API and pages show: records built by the services, never entities. */
public final class Views {

    private Views() {
    }

    /**
     * A consultation as its reader sees it. {@code state} is {@code draft}, {@code upcoming}, {@code open} or
     * {@code closed}; {@code version} the text's current published version (0 before the first).
     */
    public record ConsultationView(long id, long componentId, long spaceId, String directorate, String title,
                                   String context, Instant opensAt, Instant closesAt, String state, int version,
                                   boolean mine, List<SectionView> sections) {
    }

    /** A section's words in one version; {@code amendedBy} names the amender whose accepted words these are. */
    public record SectionView(long id, int position, String title, String body, String amendedBy) {
    }

    /** A version of the text: {@code publishedAt} is null for the draft being written. */
    public record VersionView(int number, String changelog, Instant publishedAt) {
    }

    /** A proposal as its reader sees it, with its counters (hidden contributions are not counted). */
    public record ProposalView(long id, long consultationId, Long sectionId, Long questionId, String author, String title,
                               String body, String status, Instant createdAt, int agree, int mixed, int disagree,
                               int arguments, int amendments, int comments, boolean mine) {
    }
}
