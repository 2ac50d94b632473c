package org.civitas.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A consultation: a directorate's draft text and questions put to the public between two dates. */
@Entity
@Table(name = "consultation_consultation")
public class Consultation {

    /** A DRAFT is seen by its directorate's agents and administrators only; a PUBLISHED one by its readers. */
    public enum Status { DRAFT, PUBLISHED }

    @Id
    @SequenceGenerator(name = "consultation_seq", sequenceName = "consultation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_seq")
    private Long id;
    @Column(name = "component_id")
    private long componentId;
    @Column(name = "space_id")
    private long spaceId;
    /** The directorate that runs it: its agents edit, answer and decide. */
    private String directorate;
    private String title;
    /** Sanitised HTML ({@link RichText}). */
    private String context;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    /** The text's last published version; 0 before the first. */
    @Column(name = "current_version")
    private int currentVersion;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    /** Sanitised HTML, published after closing. */
    private String synthesis;
    @Column(name = "synthesis_at")
    private Instant synthesisAt;
    /** Sanitised HTML: the final decision, what changed because of the consultation. */
    private String decision;
    @Column(name = "adopted_version")
    private Integer adoptedVersion;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private int version;

    protected Consultation() {
    }

    Consultation(long componentId, long spaceId, String directorate, String title, String context, Instant opensAt,
                 Instant closesAt, long createdBy, Instant now) {
        this.componentId = componentId;
        this.spaceId = spaceId;
        this.status = Status.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(directorate, title, context, opensAt, closesAt);
    }

    void describe(String directorate, String title, String context, Instant opensAt, Instant closesAt) {
        this.directorate = directorate;
        this.title = title;
        this.context = context;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    void publish() {
        status = Status.PUBLISHED;
    }

    /**
     * Why its dates may not become {@code opens}–{@code closes}, as a refusal's key, or null when they may. Once the
     * synthesis or the decision is published the dates are history: reopening would let people act after the outcome.
     * Once people took part, the opening cannot be put off past {@code now}: the consultation would turn "upcoming"
     * again and hide what they did.
     */
    String refusedDates(Instant opens, Instant closes, Instant now, boolean participated) {
        if (opens.equals(opensAt) && closes.equals(closesAt)) {
            return null;
        }
        if (synthesisAt != null || decidedAt != null) {
            return "consultation.dates-outcome";
        }
        if (status == Status.PUBLISHED && participated && !opens.equals(opensAt) && opens.isAfter(now)) {
            return "consultation.dates-participation";
        }
        return null;
    }

    void versionPublished(int number) {
        currentVersion = number;
    }

    void synthesise(String html, Instant now) {
        synthesis = html;
        synthesisAt = now;
    }

    void decide(String html, Integer adopted, Instant now) {
        decision = html;
        adoptedVersion = adopted;
        decidedAt = now;
    }

    /** Citizens take part while it is published and between its dates. */
    public boolean isOpenAt(Instant now) {
        return status == Status.PUBLISHED && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** Closed: answers, synthesis and decision may be written; everything stays readable. */
    public boolean isClosedAt(Instant now) {
        return status == Status.PUBLISHED && !now.isBefore(closesAt);
    }

    public Long getId() {
        return id;
    }

    public long getComponentId() {
        return componentId;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public String getDirectorate() {
        return directorate;
    }

    public String getTitle() {
        return title;
    }

    public String getContext() {
        return context;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Status getStatus() {
        return status;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSynthesis() {
        return synthesis;
    }

    public Instant getSynthesisAt() {
        return synthesisAt;
    }

    public String getDecision() {
        return decision;
    }

    public Integer getAdoptedVersion() {
        return adoptedVersion;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public int getVersion() {
        return version;
    }
}
