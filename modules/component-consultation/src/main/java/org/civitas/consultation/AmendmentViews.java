package org.civitas.consultation;

import java.time.Instant;
import java.util.List;

/** What the API and the pages show of amendments: records built by the services, never entities. */
public final class AmendmentViews {

    private AmendmentViews() {
    }

    /**
     * An amendment as its reader sees it. {@code state} is {@code draft}, {@code evaluating}, {@code accepted},
     * {@code rejected}, {@code withdrawn} or {@code outdated}; {@code baseVersion} the version it was written on and
     * {@code currentVersion} the amended proposal's or text's version now; {@code titleDiff} and {@code bodyDiff} turn
     * the base version's words into the amendment's (the body as plain words). The {@code may*} flags say what the
     * reader may do with it now.
     */
    public record AmendmentView(long id, long consultationId, Long proposalId, Long sectionId, String target,
                                int baseVersion, int currentVersion, String author, String title, String body,
                                String explanation, String state, String reason, Instant decidedAt,
                                Integer resultVersion, Long promotedTo, Instant createdAt, boolean mine,
                                List<WordDiff.Part> titleDiff, List<WordDiff.Part> bodyDiff, boolean maySubmit,
                                boolean mayDecide, boolean mayWithdraw, boolean mayRebase, boolean mayPromote) {
    }

    /** One line of a list of amendments. {@code target} names what it amends (the proposal's or section's title). */
    public record AmendmentItem(long id, Long proposalId, Long sectionId, String target, int baseVersion, String author,
                                String title, String state, Instant createdAt, boolean mine) {
    }
}
