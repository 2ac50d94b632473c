package org.civitas.spi;

/** A contribution was deleted or withdrawn by its author: it leaves the search index. */
public record ContributionWithdrawn(String contributionComponent, String contributionId) implements DomainEvent {
    @Override
    public String component() {
        return contributionComponent;
    }

    @Override
    public String aggregateId() {
        return contributionId;
    }
}
