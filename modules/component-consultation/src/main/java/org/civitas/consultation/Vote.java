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
import java.time.Instant;

/** A person's vote on a proposal, with an optional short argument; one per person per proposal. */
@Entity
@Table(name = "consultation_vote")
public class Vote {

    public enum Stance { AGREE, MIXED, DISAGREE }

    @Id
    @SequenceGenerator(name = "consultation_seq", sequenceName = "consultation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_seq")
    private Long id;
    @Column(name = "proposal_id")
    private long proposalId;
    @Column(name = "voter_id")
    private long voterId;
    private String voter;
    @Enumerated(EnumType.STRING)
    private Stance stance;
    private String argument;
    @Column(name = "support_count")
    private int supportCount;
    @Column(name = "cast_at")
    private Instant castAt;
    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "participant_district")
    private String participantDistrict;
    @Column(name = "age_band")
    private String ageBand;

    protected Vote() {
    }

    Vote(long proposalId, long voterId, String voter, Stance stance, String argument, Instant now) {
        this.proposalId = proposalId;
        this.voterId = voterId;
        this.voter = voter;
        this.stance = stance;
        this.argument = argument;
        this.castAt = now;
        this.changedAt = now;
    }

    /**
     * Changes the stance or the words. Supports were given to the words as they stood for or against: other words
     * or another stance start again with none. Returns whether its supports lapse.
     */
    boolean change(Stance stance, String argument, Instant now) {
        boolean lapse = this.stance != stance || !java.util.Objects.equals(this.argument, argument);
        this.stance = stance;
        this.argument = argument;
        this.changedAt = now;
        if (lapse) {
            supportCount = 0;
        }
        return lapse;
    }

    /** The id reports and search know its argument by. */
    public static String contributionId(long id) {
        return "argument-" + id;
    }

    /** Whether it carries words, shown for or against and counted as an argument. */
    public boolean isArgued() {
        return argument != null && !argument.isBlank();
    }

    void anonymise() {
        voter = Proposal.ANONYMOUS;
    }

    public Long getId() {
        return id;
    }

    public long getProposalId() {
        return proposalId;
    }

    public long getVoterId() {
        return voterId;
    }

    public String getVoter() {
        return voter;
    }

    public Stance getStance() {
        return stance;
    }

    public String getArgument() {
        return argument;
    }

    public int getSupportCount() {
        return supportCount;
    }

    public Instant getCastAt() {
        return castAt;
    }

    public Instant getChangedAt() {
        return changedAt;
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
