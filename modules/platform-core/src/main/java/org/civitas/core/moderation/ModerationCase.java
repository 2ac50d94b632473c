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
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Reportable;

/** The reports against one contribution and the moderators' decision on it. */
@Entity
@Table(name = "core_moderation")
@NamedQuery(name = "ModerationCase.find",
        query = "SELECT m FROM ModerationCase m WHERE m.component = :component AND m.contributionId = :id")
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
    @Column(name = "kind_fr")
    private String kindFr;
    @Column(name = "kind_en")
    private String kindEn;
    private String path;
    private String excerpt;
    @Column(name = "instance_id")
    private Long instanceId;
    @Column(name = "first_reported_at")
    private Instant firstReportedAt;
    @Column(name = "last_reported_at")
    private Instant lastReportedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Version
    private int version;

    protected ModerationCase() {
    }

    ModerationCase(String component, String contributionId) {
        this.component = component;
        this.contributionId = contributionId;
        this.status = Status.REPORTED;
    }

    /** What the contribution is and says as its component shows it now: a moderator judges the words reported. */
    void describe(Reportable target) {
        title = shorten(target.title(), 300);
        kindFr = shorten(target.kind().fr(), 60);
        kindEn = shorten(target.kind().en(), 60);
        path = target.path() == null || target.path().length() > 300 ? null : target.path();
        excerpt = shorten(target.excerpt(), Reportable.EXCERPT_LENGTH);
        instanceId = target.instanceId();
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Counts a report of {@code points} ({@link ReportWeight}); returns true when this report hides the contribution. */
    boolean reported(int points, int hideAfter) {
        if (status == Status.RESTORED) {
            status = Status.REPORTED;
            reportCount = 0;
            reportPoints = 0;
            firstReportedAt = null;
        }
        Instant now = Instant.now();
        firstReportedAt = firstReportedAt == null ? now : firstReportedAt;
        lastReportedAt = now;
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
    public LocalizedText getKind() {
        return kindFr == null ? null : new LocalizedText(kindFr, kindEn == null ? kindFr : kindEn);
    }
    public String getPath() { return path; }
    public String getExcerpt() { return excerpt; }
    public Long getInstanceId() { return instanceId; }
    public Instant getFirstReportedAt() { return firstReportedAt; }
    public Instant getLastReportedAt() { return lastReportedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
    public int getVersion() { return version; }
}
