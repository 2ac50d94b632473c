package org.civitas.core.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.civitas.spi.DomainEvent;
import org.civitas.spi.EventConsumer;
import org.civitas.spi.EventMetadata;

/**
 * Hands one event to one consumer in a transaction of its own, recording (consumer, event id) in the
 * same transaction: a retried event is never applied twice, and one failing consumer does not undo
 * what the others did.
 */
@ApplicationScoped
public class ConsumerDelivery {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "civitas")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <E extends DomainEvent> void deliver(EventConsumer<E> consumer, OutboxEntry entry) {
        int claimed = em.createNativeQuery("INSERT INTO core_consumed_event (consumer, event_id, consumed_at) "
                        + "VALUES (?1, ?2, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, consumer.name())
                .setParameter(2, entry.getId())
                .executeUpdate();
        if (claimed == 0) {
            return;
        }
        E event = JSON.fromJson(entry.getPayload(), consumer.eventType());
        consumer.consume(event, new EventMetadata(UUID.fromString(entry.getId()), entry.getType(),
                entry.getVersion(), entry.getOccurredAt()));
    }
}
