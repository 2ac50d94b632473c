package org.civitas.ideabox;

import java.util.EnumSet;
import java.util.Set;

/** Where an idea stands, as its public page shows it. */
public enum Status {
    /** Saved by its author, seen by nobody else. */
    DRAFT,
    RECEIVED,
    UNDER_REVIEW,
    /** A moderator asked the author a question; the answer puts the idea back in the queue. */
    INFORMATION_REQUESTED,
    ADMISSIBLE,
    NOT_ADMISSIBLE,
    DUPLICATE,
    REDIRECTED;

    /** What the triage queue shows by default: ideas waiting for a moderator. */
    public static final Set<Status> WAITING = EnumSet.of(RECEIVED, UNDER_REVIEW, INFORMATION_REQUESTED);

    /** Final decisions: nothing more is decided on the idea in the idea box. */
    public boolean isFinal() {
        return this == NOT_ADMISSIBLE || this == DUPLICATE || this == REDIRECTED;
    }
}
