package org.civitas.spi;

/**
 * Where a component records the events its change raises: written in the caller's transaction,
 * delivered after commit by core's relay. The only way a side effect leaves a transaction.
 */
public interface Outbox {
    void record(DomainEvent event);
}
