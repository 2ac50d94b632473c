package org.civitas.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.civitas.core.Authority;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;

/** Records every moderator, agent and administrator action in the caller's transaction. */
@ApplicationScoped
public class AuditLog implements AuditTrail {

    @PersistenceContext(unitName = "civitas")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CitizenRef actor, String action, String targetType, String targetId, String reason,
                       String details) {
        em.persist(new AuditEntry(actor == null ? null : actor.id(), actor == null ? "system" : actor.pseudonym(),
                action, targetType, targetId, reason, details, Instant.now()));
    }

    /** The log, newest first; administrators only. */
    @Transactional
    public List<AuditEntry> latest(CitizenRef administrator, int first, int max) {
        Authority.administrator(administrator);
        return em.createNamedQuery("AuditEntry.latest", AuditEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }
}
