package org.civitas.core.event;

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

/**
 * An e-mail waiting to be sent to a citizen ({@code core_mail}). The address is not here: the courier reads
 * the citizen's current one. The body of a link mail holds {@link #LINK} where the courier puts the link with
 * the single-use token it issues at send time. The row is deleted once the mail is sent.
 */
@Entity
@Table(name = "core_mail")
@NamedQuery(name = "QueuedMail.deleteForCitizen", query = "DELETE FROM QueuedMail m WHERE m.citizenId = :citizen")
@NamedQuery(name = "QueuedMail.deleteKindForCitizen",
        query = "DELETE FROM QueuedMail m WHERE m.citizenId = :citizen AND m.kind = :kind")
public class QueuedMail {

    /** Where a link mail's body takes the link. */
    public static final String LINK = "{{link}}";

    public enum Kind {
        /** Confirms the address: the courier issues a verification token. */
        VERIFY_EMAIL,
        /** Lets the citizen choose a new password: the courier issues a reset token. */
        RESET_PASSWORD,
        /** Someone tried to sign up with the citizen's address. */
        SIGN_UP_ATTEMPT,
        /** A notice from {@code Notifications}. */
        NOTICE,
        /** A citizen's daily or weekly digest of notices, from {@code Digests}. */
        DIGEST
    }

    @Id
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    private Long id;
    @Column(name = "citizen_id")
    private long citizenId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String subject;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    protected QueuedMail() {
    }

    public QueuedMail(long citizenId, Kind kind, String subject, String body, Instant createdAt) {
        this.citizenId = citizenId;
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getCitizenId() { return citizenId; }
    public Kind getKind() { return kind; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
