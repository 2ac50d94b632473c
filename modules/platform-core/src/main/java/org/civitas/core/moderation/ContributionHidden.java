package org.civitas.core.moderation;

import org.civitas.spi.DomainEvent;

/** A contribution was hidden (too many reports) or removed by a moderator. */
public record ContributionHidden(String contributionComponent, String contributionId, String status) implements DomainEvent {
    @Override
    public String component() {
        return "core";
    }

    @Override
    public String aggregateId() {
        return contributionComponent + ":" + contributionId;
    }
}
