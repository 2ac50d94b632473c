package org.civitas.spi;

/**
 * Declared by a component that accepts ideas redirected to it from the idea box (e.g. the participatory
 * budget's filing phase). It creates a draft in the author's name that the author then confirms.
 */
public interface RedirectTarget {
    /** Whether this instance takes redirected ideas now (its phase is open for filing). */
    boolean accepts(ComponentRef target);

    /** Creates the linked draft; returns its public path in the portal. */
    RedirectedDraft createDraft(ComponentRef target, RedirectedIdea idea);

    record RedirectedIdea(String ideaId, CitizenRef author, String title, String body, String district) {
    }

    record RedirectedDraft(String draftId, String portalPath) {
    }
}
