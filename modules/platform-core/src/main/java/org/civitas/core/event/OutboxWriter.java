package org.civitas.core.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.civitas.spi.DomainEvent;
import org.civitas.spi.Outbox;

/** Writes events to the outbox table in the caller's transaction (there must be one). */
@ApplicationScoped
public class OutboxWriter implements Outbox {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "civitas")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(DomainEvent event) {
        em.persist(new OutboxEntry(event.getClass().getName(), event.version(), event.component(),
                event.aggregateId(), JSON.toJson(event), Instant.now()));
    }
}
