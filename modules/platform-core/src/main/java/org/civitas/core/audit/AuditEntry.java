package org.civitas.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the append-only audit log: who did what to what, when and why. */
@Entity
@Table(name = "core_audit")
@NamedQuery(name = "AuditEntry.latest", query = "SELECT a FROM AuditEntry a ORDER BY a.at DESC, a.id DESC")
@NamedQuery(name = "AuditEntry.byActor", query = "SELECT a FROM AuditEntry a WHERE a.actorId = :actor ORDER BY a.at")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    private Long id;
    private Instant at;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_pseudonym")
    private String actorPseudonym;
    private String action;
    @Column(name = "target_type")
    private String targetType;
    @Column(name = "target_id")
    private String targetId;
    private String reason;
    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(Long actorId, String actorPseudonym, String action, String targetType, String targetId,
                      String reason, String details, Instant at) {
        this.actorId = actorId;
        this.actorPseudonym = actorPseudonym;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.reason = reason;
        this.details = details;
        this.at = at;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public Long getActorId() { return actorId; }
    public String getActorPseudonym() { return actorPseudonym; }
    public String getAction() { return action; }
    public String getTargetType() { return targetType; }
    public String getTargetId() { return targetId; }
    public String getReason() { return reason; }
    public String getDetails() { return details; }
}
