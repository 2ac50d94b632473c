package org.civitas.spi;

/** A contribution was created or changed: the search index adds or replaces it. */
public record ContributionPublished(SearchableContribution contribution) implements DomainEvent {
    @Override
    public String component() {
        return contribution.component();
    }

    @Override
    public String aggregateId() {
        return contribution.id();
    }
}
