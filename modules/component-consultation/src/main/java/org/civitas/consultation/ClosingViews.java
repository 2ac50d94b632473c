package org.civitas.consultation;

import java.time.Instant;
import java.util.List;

/** What the API and pages show after closing: answers, the synthesis with its figures, the decision. */
public final class ClosingViews {

    private ClosingViews() {
    }

    /** The answer a proposal got: {@code answer} is {@code accepted}, {@code rejected} or {@code considered}, null before. */
    public record AnswerView(long proposalId, String title, String answer, String text, Instant answeredAt) {
    }

    /** One answer to one proposal; {@code answer} is a code or a word, French or English; {@code text} rich text. */
    public record AnswerForm(String answer, String text) {
    }

    /** One answer given to several proposals at once. */
    public record BulkAnswerForm(List<Long> proposals, String answer, String text) {
    }

    /** The synthesis (rich text) to publish. */
    public record SynthesisForm(String text) {
    }

    /** The decision: the adopted version of the text and what changed because of the consultation (rich text). */
    public record DecisionForm(Integer adoptedVersion, String text) {
    }

    /** A proposal or an amendment the decision credits, with its author's pseudonym. */
    public record Credit(long id, String title, String author) {
    }

    /** The decision, with the accepted amendments and proposals it credits (computed, never typed). */
    public record DecisionView(int adoptedVersion, String text, Instant decidedAt, List<Credit> amendments,
                               List<Credit> proposals) {
    }

    /**
     * What is published after closing: the synthesis (null until written), its figures, and the decision (null
     * until taken). {@code mayWrite} tells the page whether its reader is of the directorate.
     */
    public record ClosingView(long consultationId, String title, String state, String synthesis, Instant synthesisAt,
                              Figures figures, DecisionView decision, List<Integer> versions, boolean mayWrite) {
    }
}
