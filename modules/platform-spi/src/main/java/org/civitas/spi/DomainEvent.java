package org.civitas.spi;

/**
 * A fact that happened, named in the past tense ({@code IdeaFiled}), written to the outbox in the same
 * transaction as the change. Implementations are records serialisable with JSON-B; changing a record's
 * shape means a new {@link #version()}.
 */
public interface DomainEvent {
    /** The component (manifest id) or {@code core}: it names the Kafka topic {@code civitas.<component>}. */
    String component();

    /** The id of the thing that changed; events of one aggregate keep their order (Kafka key). */
    String aggregateId();

    default int version() {
        return 1;
    }
}
