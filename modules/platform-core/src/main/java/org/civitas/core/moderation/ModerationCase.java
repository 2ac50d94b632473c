package org.civitas.core.moderation;

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
import jakarta.persistence.Version;
import java.time.Instant;

/** The reports against one contribution and the moderators' decision on it. */
@Entity
@Table(name = "core_moderation")
@NamedQuery(name = "ModerationCase.find",
        query = "SELECT m FROM ModerationCase m WHERE m.component = :component AND m.contributionId = :id")
@NamedQuery(name = "ModerationCase.queue",
        query = "SELECT m FROM ModerationCase m WHERE m.status IN :statuses ORDER BY m.reportCount DESC, m.id")
public class ModerationCase {

    public enum Status {
        /** Reported, still visible. */
        REPORTED,
        /** Reported often enough to be hidden pending a decision. */
        HIDDEN,
        /** A moderator found nothing wrong: visible again, new reports start a new case. */
        RESTORED,
        /** A moderator confirmed it breaks the rules: hidden for good. */
        REMOVED
    }

    @Id
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    private Long id;
    private String component;
    @Column(name = "contribution_id")
    private String contributionId;
    private String title;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "report_count")
    private int reportCount;
    @Column(name = "report_points")
    private int reportPoints;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Version
    private int version;

    protected ModerationCase() {
    }

    ModerationCase(String component, String contributionId, String title) {
        this.component = component;
        this.contributionId = contributionId;
        this.title = title;
        this.status = Status.REPORTED;
    }

    /** Counts a report of {@code points} ({@link ReportWeight}); returns true when this report hides the contribution. */
    boolean reported(int points, int hideAfter) {
        if (status == Status.RESTORED) {
            status = Status.REPORTED;
            reportCount = 0;
            reportPoints = 0;
        }
        reportCount++;
        reportPoints += points;
        if (status == Status.REPORTED && ReportWeight.hides(reportPoints, hideAfter)) {
            status = Status.HIDDEN;
            return true;
        }
        return false;
    }

    void decide(boolean remove, String reason, Instant now) {
        status = remove ? Status.REMOVED : Status.RESTORED;
        decisionReason = reason;
        decidedAt = now;
    }

    public boolean hides() {
        return status == Status.HIDDEN || status == Status.REMOVED;
    }

    public boolean isOpen() {
        return status == Status.REPORTED || status == Status.HIDDEN;
    }

    public Long getId() { return id; }
    public String getComponent() { return component; }
    public String getContributionId() { return contributionId; }
    public String getTitle() { return title; }
    public Status getStatus() { return status; }
    public int getReportCount() { return reportCount; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
    public int getVersion() { return version; }
}
