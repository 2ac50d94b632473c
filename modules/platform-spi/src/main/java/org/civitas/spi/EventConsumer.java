package org.civitas.spi;

/**
 * Receives events of one type after their transaction committed. Delivery is at least once; core
 * records each (consumer, event id) it delivered in the consumer's transaction, so a consumer sees
 * an event once even when the relay retries. Implementations are CDI beans.
 */
public interface EventConsumer<E extends DomainEvent> {
    /** A stable name; renaming it makes the consumer receive past events again. */
    String name();

    Class<E> eventType();

    void consume(E event, EventMetadata metadata);
}
