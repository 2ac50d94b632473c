package org.civitas.spi;

import java.util.Set;

/**
 * Declared by a component that accepts ideas redirected to it from the idea box (e.g. the participatory
 * budget's filing phase). It creates a draft in the author's name that the author then confirms or completes;
 * when the draft progresses (confirmed, assessed, selected…) it records {@link RedirectedIdeaProgressed} so the
 * idea's public page says what became of it.
 */
public interface RedirectTarget {
    /** Whether this instance takes redirected ideas now (its phase is open for filing). */
    boolean accepts(ComponentRef target);

    /**
     * Creates the linked draft, visible to its author, in the caller's transaction; the idea's supporters and
     * followers ({@code followerIds}) become the draft's followers. Returns its public path in the portal.
     */
    RedirectedDraft createDraft(ComponentRef target, RedirectedIdea idea);

    /** @param ideaPath the idea's page, for the draft to link back to */
    record RedirectedIdea(String ideaId, CitizenRef author, String title, String body, String district,
                          Set<Long> followerIds, String ideaPath) {
        public RedirectedIdea {
            followerIds = Set.copyOf(followerIds);
        }
    }

    record RedirectedDraft(String draftId, String portalPath) {
    }
}
