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

/** New words for a proposal or a section of the text, written on one version of them. */
@Entity
@Table(name = "consultation_amendment")
public class Amendment {

    /**
     * DRAFT (its author's alone) → EVALUATING → ACCEPTED / REJECTED / WITHDRAWN; OUTDATED when another amendment
     * was accepted on the same version first: its author may rebase it, never silently overwritten.
     */
    public enum State { DRAFT, EVALUATING, ACCEPTED, REJECTED, WITHDRAWN, OUTDATED }

    @Id
    @SequenceGenerator(name = "consultation_seq", sequenceName = "consultation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_seq")
    private Long id;
    @Column(name = "consultation_id")
    private long consultationId;
    @Column(name = "proposal_id")
    private Long proposalId;
    @Column(name = "section_id")
    private Long sectionId;
    /** The version written on: the proposal's revision, or the text's version number. */
    @Column(name = "base_version")
    private int baseVersion;
    @Column(name = "author_id")
    private long authorId;
    private String author;
    private String title;
    /** The amended words, whole (sanitised HTML). */
    private String body;
    private String explanation;
    @Enumerated(EnumType.STRING)
    private State state;
    private String reason;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "result_version")
    private Integer resultVersion;
    @Column(name = "promoted_to")
    private Long promotedTo;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private int version;

    @Column(name = "participant_district")
    private String participantDistrict;
    @Column(name = "age_band")
    private String ageBand;

    protected Amendment() {
    }

    Amendment(long consultationId, Long proposalId, Long sectionId, int baseVersion, long authorId, String author,
              String title, String body, String explanation, State state, Instant now) {
        this.consultationId = consultationId;
        this.proposalId = proposalId;
        this.sectionId = sectionId;
        this.baseVersion = baseVersion;
        this.authorId = authorId;
        this.author = author;
        this.title = title;
        this.body = body;
        this.explanation = explanation;
        this.state = state;
        this.createdAt = now;
    }

    void anonymise() {
        author = Proposal.ANONYMOUS;
    }

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public int getBaseVersion() {
        return baseVersion;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getExplanation() {
        return explanation;
    }

    public State getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Integer getResultVersion() {
        return resultVersion;
    }

    public Long getPromotedTo() {
        return promotedTo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }

    /** Who wrote it, as the synthesis counts: their district and age band at the time. */
    void writtenBy(Participant participant) {
        participantDistrict = participant.district();
        ageBand = participant.ageBand();
    }

    public String getParticipantDistrict() {
        return participantDistrict;
    }

    public String getAgeBand() {
        return ageBand;
    }
}
