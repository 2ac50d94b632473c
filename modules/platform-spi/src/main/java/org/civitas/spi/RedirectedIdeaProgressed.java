package org.civitas.spi;

/**
 * A draft made from a redirected idea progressed in its target component (the author confirmed it, it was
 * assessed, selected…). Recorded by the target; the idea box adds {@code status} to the idea's public history.
 *
 * @param component the target component's manifest id
 */
public record RedirectedIdeaProgressed(String component, String draftId, String ideaId, LocalizedText status)
        implements DomainEvent {
    @Override
    public String aggregateId() {
        return draftId;
    }
}
