package org.civitas.spi;

/**
 * The platform's append-only audit log, for components' back-office decisions (triage, assessment…).
 * Call it inside the transaction of the decision, so both are kept or neither.
 */
public interface AuditTrail {

    /** @param actor who decided (null for the system); {@code reason} and {@code details} may be null */
    void record(CitizenRef actor, String action, String targetType, String targetId, String reason, String details);
}
