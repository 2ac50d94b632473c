package org.civitas.ideabox;

import org.civitas.spi.DomainEvent;

/**
 * An idea was sent where it can succeed: a component instance ({@code targetComponentId}, {@code draftId}) or
 * an external scheme ({@code target} is its name, the two ids are null).
 */
public record IdeaRedirected(String ideaId, long componentId, String target, Long targetComponentId, String draftId)
        implements DomainEvent {
    @Override
    public String component() {
        return IdeaBoxComponent.ID;
    }

    @Override
    public String aggregateId() {
        return ideaId;
    }
}
