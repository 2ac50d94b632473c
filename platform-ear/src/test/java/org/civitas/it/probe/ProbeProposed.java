package org.civitas.it.probe;

import org.civitas.spi.DomainEvent;

public record ProbeProposed(String noteId, long authorId) implements DomainEvent {
    @Override
    public String component() {
        return "probe";
    }

    @Override
    public String aggregateId() {
        return noteId;
    }
}
