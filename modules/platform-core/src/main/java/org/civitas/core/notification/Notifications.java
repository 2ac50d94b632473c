package org.civitas.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civitas.core.Messages;
import org.civitas.core.account.Citizen;
import org.civitas.core.event.MailQueue;
import org.civitas.core.event.QueuedMail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Notifier;
import org.civitas.spi.Refusal;
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

    /**
     * Keeps the notice unless the citizen switched its kind off, and mails it at once, or leaves it for their
     * daily or weekly digest ({@link Digests}), or not at all, as they chose.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(long citizenId, Notifier.Kind kind, LocalizedText subject, LocalizedText body, String path) {
        Citizen citizen = em.find(Citizen.class, citizenId);
        NotificationSettings settings = em.find(NotificationSettings.class, citizenId);
        if (citizen == null || citizen.isErased() || settings != null && !settings.wants(kind)) {
            return;
        }
        Digest digest = settings == null ? Digest.IMMEDIATE : settings.digest();
        boolean mailable = citizen.getEmail() != null && citizen.ref().emailVerified();
        em.persist(new Notification(citizenId, kind, subject, body, path, Instant.now(), mailable && digest.gathers()));
        if (mailable && digest == Digest.IMMEDIATE) {
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
    public NotificationSettings.View settings(CitizenRef reader) {
        NotificationSettings settings = em.find(NotificationSettings.class, reader.id());
        return settings == null ? NotificationSettings.defaults() : settings.view();
    }

    /**
     * Changes which kinds the reader hears of and how notices reach them by e-mail. Leaving a digest drops the
     * notices still waiting for it: they stay in the portal, and are not mailed late.
     */
    @Transactional
    public NotificationSettings.View changeSettings(CitizenRef reader, Set<Notifier.Kind> kinds, Digest digest) {
        if (kinds == null || kinds.contains(null) || digest == null) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "notification.settings.invalid");
        }
        NotificationSettings settings = em.find(NotificationSettings.class, reader.id());
        if (settings == null) {
            settings = new NotificationSettings(reader.id());
            em.persist(settings);
        }
        settings.change(kinds, digest);
        if (!digest.gathers()) {
            em.createNamedQuery("Notification.digestDrop").setParameter("citizen", reader.id()).executeUpdate();
        }
        return settings.view();
    }

    @Transactional
    public void markAllRead(CitizenRef reader) {
        em.createNamedQuery("Notification.markRead").setParameter("citizen", reader.id())
                .setParameter("now", Instant.now()).executeUpdate();
    }
}
