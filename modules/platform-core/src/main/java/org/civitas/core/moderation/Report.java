package org.civitas.core.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person's report of a contribution. */
@Entity
@Table(name = "core_report")
public class Report {

    public enum Reason { SPAM, OFFENSIVE, OFF_TOPIC, PERSONAL_DATA, OTHER }

    @Id
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private ModerationCase moderationCase;
    @Column(name = "reporter_id")
    private Long reporterId;
    @Enumerated(EnumType.STRING)
    private Reason reason;
    private String details;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Report() {
    }

    Report(ModerationCase moderationCase, long reporterId, Reason reason, String details, Instant now) {
        this.moderationCase = moderationCase;
        this.reporterId = reporterId;
        this.reason = reason;
        this.details = details;
        this.createdAt = now;
    }

    public ModerationCase getModerationCase() { return moderationCase; }
    public Long getReporterId() { return reporterId; }
    public Reason getReason() { return reason; }
    public String getDetails() { return details; }
    public Instant getCreatedAt() { return createdAt; }
}
