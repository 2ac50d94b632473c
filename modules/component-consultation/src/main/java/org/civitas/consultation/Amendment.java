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
import org.civitas.spi.Refusal;

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

    /** The states a proposal's amendment counter counts: those still open or taken up. */
    static boolean counted(State state) {
        return state == State.EVALUATING || state == State.ACCEPTED;
    }

    /**
     * Accepting {@code accepted} outdates every other amendment under evaluation on the same proposal or section:
     * their words were written on what just changed. Returns them, for their authors to be told.
     */
    static java.util.List<Amendment> outdateOthers(Amendment accepted, java.util.Collection<Amendment> candidates) {
        java.util.List<Amendment> outdated = candidates.stream()
                .filter(a -> a != accepted && a.state == State.EVALUATING
                        && java.util.Objects.equals(a.proposalId, accepted.proposalId)
                        && java.util.Objects.equals(a.sectionId, accepted.sectionId))
                .toList();
        outdated.forEach(Amendment::outdate);
        return outdated;
    }

    /** Its author submits the draft for evaluation. */
    void submit() {
        require(State.DRAFT);
        state = State.EVALUATING;
    }

    /** Its author takes it back; it stays readable. */
    void withdraw() {
        require(State.DRAFT, State.EVALUATING, State.OUTDATED);
        state = State.WITHDRAWN;
    }

    /** Accepted: its words became version {@code result} of what it amended. */
    void accept(long by, int result, Instant now) {
        require(State.EVALUATING);
        state = State.ACCEPTED;
        decidedBy = by;
        decidedAt = now;
        resultVersion = result;
    }

    /** Rejected, always with the reason given to its author. */
    void reject(long by, String why, Instant now) {
        require(State.EVALUATING);
        if (why == null || why.isBlank()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "amendment.reason");
        }
        state = State.REJECTED;
        reason = why;
        decidedBy = by;
        decidedAt = now;
    }

    /** Another amendment written on the same version was accepted first: its words no longer apply as they are. */
    void outdate() {
        require(State.EVALUATING);
        state = State.OUTDATED;
    }

    /**
     * New words written on the current version {@code base}: an outdated amendment is evaluated again; a draft or an
     * amendment under evaluation keeps its state with the new words.
     */
    void rebase(int base, String newTitle, String newBody, String newExplanation) {
        require(State.DRAFT, State.EVALUATING, State.OUTDATED);
        if (state == State.OUTDATED) {
            state = State.EVALUATING;
        }
        baseVersion = base;
        title = newTitle;
        body = newBody;
        explanation = newExplanation;
    }

    /** A rejected amendment became the proposal {@code proposal}, once. */
    void promote(long proposal) {
        requirePromotable();
        promotedTo = proposal;
    }

    /** Refuses unless it is rejected and not yet promoted. */
    void requirePromotable() {
        require(State.REJECTED);
        if (promotedTo != null) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "amendment.promoted");
        }
    }

    private void require(State... allowed) {
        for (State s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw Texts.refusal(Refusal.Kind.CONFLICT, "amendment.state." + state.name().toLowerCase(java.util.Locale.ROOT));
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
