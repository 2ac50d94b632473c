package org.civitas.spi;

/** A moderator found nothing wrong with a hidden contribution: it is visible again. */
public record ContributionRestored(String contributionComponent, String contributionId) implements DomainEvent {
    @Override
    public String component() {
        return "core";
    }

    @Override
    public String aggregateId() {
        return contributionComponent + ":" + contributionId;
    }
}
