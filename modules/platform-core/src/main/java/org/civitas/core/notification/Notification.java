package org.civitas.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Notifier;

/** A notice in a citizen's portal inbox. */
@Entity
@Table(name = "core_notification")
@NamedQuery(name = "Notification.latest",
        query = "SELECT n FROM Notification n WHERE n.citizenId = :citizen ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = "Notification.unread",
        query = "SELECT COUNT(n) FROM Notification n WHERE n.citizenId = :citizen AND n.readAt IS NULL")
@NamedQuery(name = "Notification.markRead",
        query = "UPDATE Notification n SET n.readAt = :now WHERE n.citizenId = :citizen AND n.readAt IS NULL")
@NamedQuery(name = "Notification.erase", query = "DELETE FROM Notification n WHERE n.citizenId = :citizen")
@NamedQuery(name = "Notification.digestWaiting",
        query = "SELECT DISTINCT n.citizenId FROM Notification n WHERE n.digestPending = TRUE")
@NamedQuery(name = "Notification.digestDue", query = "SELECT n FROM Notification n WHERE n.citizenId = :citizen "
        + "AND n.digestPending = TRUE AND n.createdAt < :end ORDER BY n.createdAt, n.id")
@NamedQuery(name = "Notification.digestDrop",
        query = "UPDATE Notification n SET n.digestPending = FALSE WHERE n.citizenId = :citizen AND n.digestPending = TRUE")
public class Notification {

    @Id
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    private Long id;
    @Column(name = "citizen_id")
    private long citizenId;
    @Column(name = "subject_fr")
    private String subjectFr;
    @Column(name = "subject_en")
    private String subjectEn;
    @Column(name = "body_fr")
    private String bodyFr;
    @Column(name = "body_en")
    private String bodyEn;
    private String path;
    @Enumerated(EnumType.STRING)
    private Notifier.Kind kind;
    /** Waits for its reader's next digest e-mail. */
    @Column(name = "digest_pending")
    private boolean digestPending;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(long citizenId, Notifier.Kind kind, LocalizedText subject, LocalizedText body, String path,
                 Instant now, boolean digestPending) {
        this.citizenId = citizenId;
        this.kind = kind;
        this.digestPending = digestPending;
        this.subjectFr = subject.fr();
        this.subjectEn = subject.en();
        this.bodyFr = body.fr();
        this.bodyEn = body.en();
        this.path = path;
        this.createdAt = now;
    }

    /** The notice as its reader sees it. */
    public record View(long id, String subject, String body, String path, Instant createdAt, boolean read) {
    }

    /** Taken into a digest: it is not mailed again. */
    void digested() {
        digestPending = false;
    }

    String path() {
        return path;
    }

    public View view(Locale locale) {
        return new View(id, new LocalizedText(subjectFr, subjectEn).in(locale), new LocalizedText(bodyFr, bodyEn).in(locale),
                path, createdAt, readAt != null);
    }
}
