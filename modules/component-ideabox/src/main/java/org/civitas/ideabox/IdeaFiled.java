package org.civitas.ideabox;

import org.civitas.spi.DomainEvent;

/** A citizen filed an idea (no personal data: the author is on the idea). */
public record IdeaFiled(String ideaId, long componentId, String category, String district) implements DomainEvent {
    @Override
    public String component() {
        return IdeaBoxComponent.ID;
    }

    @Override
    public String aggregateId() {
        return ideaId;
    }
}
