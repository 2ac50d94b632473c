package org.civitas.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bearer token for the REST API, and the session of a portal login. Only its hash is stored. */
@Entity
@Table(name = "core_api_token")
@NamedQuery(name = "ApiToken.findByHash", query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.deleteForCitizen", query = "DELETE FROM ApiToken t WHERE t.citizen = :citizen")
@NamedQuery(name = "ApiToken.deleteForCitizenExcept",
        query = "DELETE FROM ApiToken t WHERE t.citizen = :citizen AND t.tokenHash <> :hash")
public class ApiToken {

    @Id
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "citizen_id")
    private Citizen citizen;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ApiToken() {
    }

    public ApiToken(Citizen citizen, SecretToken token, Instant now, Instant expiresAt) {
        this.citizen = citizen;
        this.tokenHash = token.hash();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isValid(Instant now) {
        return now.isBefore(expiresAt) && !citizen.isErased();
    }

    public Citizen getCitizen() { return citizen; }
    public Instant getExpiresAt() { return expiresAt; }
}
