package org.civitas.spi;

/** Moderation hid a contribution: reported too often ({@code HIDDEN}, pending a decision) or removed for good ({@code REMOVED}). */
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
