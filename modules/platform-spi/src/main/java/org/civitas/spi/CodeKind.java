package org.civitas.spi;

/**
 * The codes a component writes where the platform shows them to people, and asks the component to name
 * ({@link ParticipationComponent#codeName}).
 */
public enum CodeKind {
    /** {@link SearchableContribution#status()}, e.g. {@code received}. */
    STATUS,
    /** {@link SearchableContribution#type()}, e.g. {@code idea}. */
    TYPE,
    /** The action of an {@link AuditTrail} entry, e.g. {@code ideabox.admissible}. */
    AUDIT_ACTION,
    /** The target type of an {@link AuditTrail} entry, e.g. {@code idea}. */
    AUDIT_TARGET
}
