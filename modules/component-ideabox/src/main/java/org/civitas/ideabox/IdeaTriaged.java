package org.civitas.ideabox;

import org.civitas.spi.DomainEvent;

/** A moderator decided on an idea ({@code decision} is the decision type, {@code status} the new status). */
public record IdeaTriaged(String ideaId, long componentId, String decision, Status status) implements DomainEvent {
    @Override
    public String component() {
        return IdeaBoxComponent.ID;
    }

    @Override
    public String aggregateId() {
        return ideaId;
    }
}
