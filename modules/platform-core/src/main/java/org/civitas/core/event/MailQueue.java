package org.civitas.core.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.civitas.spi.Outbox;

/**
 * Queues e-mails in the caller's transaction: a {@code core_mail} row and a {@link MailQueued} event that
 * carries only its id. {@link MailCourier} sends it after the commit.
 */
@ApplicationScoped
public class MailQueue {

    @PersistenceContext(unitName = "civitas")
    EntityManager em;
    @Inject
    Outbox outbox;

    /** Queues a mail to the citizen; a link mail's body holds {@link QueuedMail#LINK} where the link goes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long queue(long citizenId, QueuedMail.Kind kind, String subject, String body) {
        QueuedMail mail = new QueuedMail(citizenId, kind, subject, body, Instant.now());
        em.persist(mail);
        em.flush();
        outbox.record(new MailQueued(mail.getId()));
        return mail.getId();
    }

    /** Drops every mail still waiting for the citizen (erasure). Their events then find nothing to send. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int dropAll(long citizenId) {
        return em.createNamedQuery("QueuedMail.deleteForCitizen").setParameter("citizen", citizenId).executeUpdate();
    }

    /** Drops the citizen's waiting mails of one kind (reset links, once the password has been reset). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int drop(long citizenId, QueuedMail.Kind kind) {
        return em.createNamedQuery("QueuedMail.deleteKindForCitizen").setParameter("citizen", citizenId)
                .setParameter("kind", kind).executeUpdate();
    }
}
