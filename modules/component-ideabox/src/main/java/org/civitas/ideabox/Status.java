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
    REDIRECTED,
    /** Its author took it back while it was still waiting: it left the lists and the search. */
    WITHDRAWN;

    /** What the triage queue shows by default: ideas waiting for a moderator. */
    public static final Set<Status> WAITING = EnumSet.of(RECEIVED, UNDER_REVIEW, INFORMATION_REQUESTED);

    /**
     * Where its author may still change or withdraw a filed idea: before a moderator took it up, and while they
     * are asked for more. Once under review or decided, moderators and supporters rely on what was filed.
     */
    public static final Set<Status> CHANGEABLE_BY_AUTHOR = EnumSet.of(RECEIVED, INFORMATION_REQUESTED);

    /** Neither listed nor counted in public: a draft, or an idea its author withdrew. */
    public static final Set<Status> UNLISTED = EnumSet.of(DRAFT, WITHDRAWN);

    /** Final: nothing more is decided on the idea in the idea box, nor supported. */
    public boolean isFinal() {
        return this == NOT_ADMISSIBLE || this == DUPLICATE || this == REDIRECTED || this == WITHDRAWN;
    }

    public boolean isChangeableByAuthor() {
        return CHANGEABLE_BY_AUTHOR.contains(this);
    }
}
