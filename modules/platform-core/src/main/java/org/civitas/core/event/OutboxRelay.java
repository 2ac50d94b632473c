package org.civitas.core.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civitas.spi.EventConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers due outbox rows to in-process consumers and, when configured, to Kafka. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several server nodes can relay side by side; a row waits while an
 * older row of the same aggregate is undelivered, so each aggregate's events keep their order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    private static final String DUE = "SELECT * FROM core_outbox o WHERE o.delivered_at IS NULL "
            + "AND o.next_attempt_at <= ?1 AND NOT EXISTS (SELECT 1 FROM core_outbox p "
            + "WHERE p.delivered_at IS NULL AND p.component = o.component AND p.aggregate_id = o.aggregate_id "
            + "AND p.seq < o.seq) ORDER BY o.seq LIMIT ?2 FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "civitas")
    EntityManager em;
    @Inject
    @Any
    Instance<EventConsumer<?>> consumers;
    @Inject
    ConsumerDelivery delivery;
    @Inject
    KafkaPublisher kafka;
    @Inject
    @ConfigProperty(name = "civitas.outbox.batch-size", defaultValue = "100")
    int batchSize;

    /** Delivers one batch; returns how many rows were delivered. */
    @Transactional
    public int deliverDue() {
        @SuppressWarnings("unchecked")
        List<OutboxEntry> due = em.createNativeQuery(DUE, OutboxEntry.class)
                .setParameter(1, java.sql.Timestamp.from(Instant.now()))
                .setParameter(2, batchSize)
                .getResultList();
        int delivered = 0;
        // After one Kafka failure the rest of the batch skips Kafka rather than waiting on it row after row:
        // in-process consumers (mail, search) must not stall behind a broker outage.
        String kafkaDown = null;
        for (OutboxEntry entry : due) {
            try {
                for (EventConsumer<?> consumer : consumers) {
                    if (consumer.eventType().getName().equals(entry.getType())) {
                        delivery.deliver(consumer, entry);
                    }
                }
                if (kafkaDown != null) {
                    entry.failed(kafkaDown, Instant.now());
                    continue;
                }
                try {
                    kafka.publish(entry);
                } catch (RuntimeException e) {
                    kafkaDown = "Kafka unavailable: " + e.getMessage();
                    throw e;
                }
                entry.delivered(Instant.now());
                delivered++;
            } catch (RuntimeException e) {
                entry.failed(e.toString(), Instant.now());
                LOG.log(Level.WARNING, "Event " + entry.getId() + " (" + entry.getType() + ") not delivered, attempt "
                        + entry.getAttempts() + ", next at " + entry.getNextAttemptAt() + ": " + e);
            }
        }
        return delivered;
    }

    /** Delivered rows are kept a week for inspection, then removed (they may hold e-mail bodies). */
    @Transactional
    public int purgeDelivered() {
        return em.createNativeQuery("DELETE FROM core_outbox WHERE delivered_at < now() - interval '7 days'")
                .executeUpdate();
    }
}
