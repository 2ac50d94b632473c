package org.civitas.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use secret sent by e-mail: confirms an address or allows a password reset. The mail courier
 * issues it when it sends the mail, so the secret exists only in the mail; only its SHA-256 is stored.
 */
@Entity
@Table(name = "core_account_token")
@NamedQuery(name = "AccountToken.findByHash", query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "AccountToken.deleteUnused",
        query = "DELETE FROM AccountToken t WHERE t.citizen = :citizen AND t.purpose = :purpose AND t.usedAt IS NULL")
public class AccountToken {

    public enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    @Id
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "citizen_id")
    private Citizen citizen;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    public AccountToken(Citizen citizen, Purpose purpose, SecretToken token, Instant expiresAt) {
        this.citizen = citizen;
        this.purpose = purpose;
        this.tokenHash = token.hash();
        this.expiresAt = expiresAt;
    }

    /** Uses the token up; false when it is for something else, already used or expired. */
    public boolean redeem(Purpose expected, Instant now) {
        if (purpose != expected || usedAt != null || !now.isBefore(expiresAt)) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public Citizen getCitizen() { return citizen; }
}
