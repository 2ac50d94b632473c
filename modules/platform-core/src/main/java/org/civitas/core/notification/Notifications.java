package org.civitas.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.civitas.core.Messages;
import org.civitas.core.account.Citizen;
import org.civitas.core.event.MailQueue;
import org.civitas.core.event.QueuedMail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Notifier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Citizens' notices: kept for the portal's inbox, and mailed (after commit, through the mail queue) in the citizen's language. */
@ApplicationScoped
public class Notifications implements Notifier {

    @PersistenceContext(unitName = "civitas")
    EntityManager em;
    @Inject
    MailQueue mails;
    @Inject
    @ConfigProperty(name = "civitas.portal.url")
    String portalUrl;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(long citizenId, LocalizedText subject, LocalizedText body, String path) {
        Citizen citizen = em.find(Citizen.class, citizenId);
        if (citizen == null || citizen.isErased()) {
            return;
        }
        em.persist(new Notification(citizenId, subject, body, path, Instant.now()));
        if (citizen.getEmail() != null && citizen.ref().emailVerified()) {
            Locale locale = Locale.forLanguageTag(citizen.getLocale());
            String link = path == null ? portalUrl : portalUrl + path;
            mails.queue(citizenId, QueuedMail.Kind.NOTICE, subject.in(locale),
                    Messages.text(locale, "notification.mail", citizen.getPseudonym(), body.in(locale), link));
        }
    }

    /** The citizen's latest notices, newest first. */
    @Transactional
    public List<Notification.View> latest(CitizenRef reader, Locale locale, int max) {
        return em.createNamedQuery("Notification.latest", Notification.class).setParameter("citizen", reader.id())
                .setMaxResults(max).getResultStream().map(n -> n.view(locale)).toList();
    }

    @Transactional
    public long unread(CitizenRef reader) {
        return em.createNamedQuery("Notification.unread", Long.class).setParameter("citizen", reader.id())
                .getSingleResult();
    }

    @Transactional
    public void markAllRead(CitizenRef reader) {
        em.createNamedQuery("Notification.markRead").setParameter("citizen", reader.id())
                .setParameter("now", Instant.now()).executeUpdate();
    }
}
