package org.civitas.spi;

import java.util.List;

/**
 * Where the idea box can send an idea: the published component instances whose manifest declares a
 * {@link RedirectTarget} that accepts ideas now. Implemented by core, which knows every instance.
 */
public interface Redirections {

    /** The instances that take redirected ideas now, for a moderator to choose from. */
    List<Destination> open();

    /**
     * Creates the linked draft in the target instance, in the caller's transaction. Refuses with a conflict
     * when the instance no longer accepts ideas (its phase closed meanwhile).
     */
    RedirectTarget.RedirectedDraft redirect(long componentId, RedirectTarget.RedirectedIdea idea);

    /** @param label how people see it, e.g. "Budget participatif 2027 — Projets" */
    record Destination(long componentId, String manifestId, String label) {
    }
}
