package org.civitas.core.event;

import org.civitas.spi.DomainEvent;

/** A citizen erased their account; their contributions stay, anonymised. */
public record CitizenErased(long citizenId) implements DomainEvent {
    @Override
    public String component() {
        return "core";
    }

    @Override
    public String aggregateId() {
        return Long.toString(citizenId);
    }
}
