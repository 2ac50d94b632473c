package org.civitas.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.civitas.core.Messages;
import org.civitas.core.account.Citizen;
import org.civitas.core.event.MailQueue;
import org.civitas.core.event.QueuedMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily and weekly digests: once a citizen's period has ended, one e-mail lists the notices it gathered.
 * {@code core_digest} holds one row per citizen and period, inserted in the digest's transaction, so no node
 * and no second run ever sends a period's digest twice.
 */
@ApplicationScoped
public class Digests {

    @PersistenceContext(unitName = "civitas")
    EntityManager em;
    @Inject
    MailQueue mails;
    @Inject
    @ConfigProperty(name = "civitas.portal.url")
    String portalUrl;
    @Inject
    @ConfigProperty(name = "civitas.notification.zone", defaultValue = "Europe/Paris")
    String zone;

    /** The citizens with notices waiting for a digest. */
    @Transactional
    public List<Long> waiting() {
        return em.createNamedQuery("Notification.digestWaiting", Long.class).getResultList();
    }

    /**
     * Sends the citizen's digest for the period of their oldest waiting notice, if that period has ended.
     * Returns whether a digest went out.
     */
    @Transactional
    public boolean send(long citizenId, Instant now) {
        NotificationSettings settings = em.find(NotificationSettings.class, citizenId);
        Citizen citizen = em.find(Citizen.class, citizenId);
        if (settings == null || !settings.digest().gathers() || citizen == null || citizen.isErased()) {
            em.createNamedQuery("Notification.digestDrop").setParameter("citizen", citizenId).executeUpdate();
            return false;
        }
        // Read in the database, not from the entity cache, which does not see what another node wrote.
        Object oldest = em.createNativeQuery("SELECT MIN(created_at) FROM core_notification "
                + "WHERE citizen_id = ?1 AND digest_pending").setParameter(1, citizenId).getSingleResult();
        if (oldest == null) {
            return false;
        }
        Instant first = oldest instanceof Timestamp t ? t.toInstant() : ((OffsetDateTime) oldest).toInstant();
        Digest.Period period = settings.digest().period(first, ZoneId.of(zone));
        if (!period.endedBy(now)) {
            return false;
        }
        boolean firstTime = em.createNativeQuery("INSERT INTO core_digest (citizen_id, period_start, period_end, sent_at) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, citizenId).setParameter(2, Timestamp.from(period.start()))
                .setParameter(3, Timestamp.from(period.end())).setParameter(4, Timestamp.from(now)).executeUpdate() == 1;
        List<Notification> notices = em.createNamedQuery("Notification.digestDue", Notification.class)
                .setParameter("citizen", citizenId).setParameter("end", period.end()).getResultList();
        notices.forEach(Notification::digested);
        if (!firstTime || notices.isEmpty()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(citizen.getLocale());
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneId.of(zone))
                .format(period.start());
        StringBuilder list = new StringBuilder();
        for (Notification notice : notices) {
            Notification.View view = notice.view(locale);
            list.append("• ").append(view.subject()).append("\n  ").append(view.body().replace("\n", "\n  ").replace("  \n", "\n"))
                    .append("\n  ").append(notice.path() == null ? portalUrl : portalUrl + notice.path()).append("\n\n");
        }
        String kind = settings.digest() == Digest.DAILY ? "daily" : "weekly";
        mails.queue(citizenId, QueuedMail.Kind.DIGEST, Messages.text(locale, "digest." + kind + ".subject", day),
                Messages.text(locale, "digest.body", citizen.getPseudonym(), list.toString().stripTrailing(),
                        portalUrl + "/account/notification-settings.xhtml"));
        return true;
    }
}
