package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.ContributionWithdrawn;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Outbox;
import org.civitas.spi.Refusal;

/**
 * Votes with arguments: agree, mixed or disagree, once per person per proposal, changeable until the consultation
 * closes; the arguments are listed for and against, each supported ("d'accord") once per person.
 */
@ApplicationScoped
public class Reactions {

    static final int ARGUMENT_MAX = 1000;

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Consultations consultations;
    @Inject
    ProposalFiling filing;
    @Inject
    ModerationStatus moderation;
    @Inject
    Outbox outbox;
    @Inject
    ConsultationRecords records;

    /**
     * Casts or changes the voter's vote. The proposal's row is locked first, so one person's simultaneous votes
     * are taken one after the other: the first inserts, the others change it, and the counters move from the old
     * stance to the new one exactly once each.
     */
    @Transactional
    public ProposalViews.VoteView vote(CitizenRef voter, long proposalId, String stance, String argument) {
        Following.signedIn(voter);
        Vote.Stance chosen = stance(stance);
        String words = argument == null || argument.isBlank() ? null : argument.strip();
        if (words != null && words.length() > ARGUMENT_MAX) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "vote.argument", ARGUMENT_MAX);
        }
        if (words != null) {
            Legible.requireText(words);
        }
        Proposal proposal = open(voter, proposalId);
        em.lock(proposal, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(proposal);
        Instant now = Instant.now();
        Vote vote = filing.vote(proposalId, voter.id()).orElse(null);
        if (vote == null) {
            vote = new Vote(proposalId, voter.id(), voter.pseudonym(), chosen, words, now);
            vote.writtenBy(Participant.of(voter));
            em.persist(vote);
            em.flush();
            proposal.voteMoved(null, false, chosen, vote.isArgued());
        } else {
            boolean hidden = moderation.isHidden(ConsultationComponent.ID, Vote.contributionId(vote.getId()));
            Vote.Stance before = vote.getStance();
            boolean arguedBefore = vote.isArgued() && !hidden;
            if (vote.change(chosen, words, now)) {
                em.createNativeQuery("DELETE FROM consultation_argument_support WHERE vote_id = ?1")
                        .setParameter(1, vote.getId()).executeUpdate();
            }
            proposal.voteMoved(before, arguedBefore, chosen, vote.isArgued() && !hidden);
        }
        em.flush();
        outbox.record(vote.isArgued() ? new ContributionPublished(records.searchable(vote, proposal))
                : new ContributionWithdrawn(ConsultationComponent.ID, Vote.contributionId(vote.getId())));
        return new ProposalViews.VoteView(vote.getId(), proposalId, vote.getStance().name(), vote.getArgument(),
                filing.view(proposal, voter));
    }

    /** Says "d'accord" with someone else's argument, once, or takes it back. */
    @Transactional
    public ProposalViews.ArgumentView support(CitizenRef citizen, long voteId, boolean on) {
        Following.signedIn(citizen);
        Vote vote = em.find(Vote.class, voteId);
        if (vote == null || !vote.isArgued()
                || moderation.isHidden(ConsultationComponent.ID, Vote.contributionId(voteId))) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "argument.not-found");
        }
        open(citizen, vote.getProposalId());
        if (vote.getVoterId() == citizen.id()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "argument.own");
        }
        int changed = em.createNativeQuery(on
                        ? "INSERT INTO consultation_argument_support (vote_id, citizen_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING"
                        : "DELETE FROM consultation_argument_support WHERE vote_id = ?1 AND citizen_id = ?2")
                .setParameter(1, voteId).setParameter(2, citizen.id()).executeUpdate();
        if (changed > 0) {
            em.createNativeQuery("UPDATE consultation_vote SET support_count = support_count + ?1 WHERE id = ?2")
                    .setParameter(1, on ? 1 : -1).setParameter(2, voteId).executeUpdate();
        }
        em.refresh(vote);
        return argument(vote, citizen, Set.of(), on);
    }

    /** A proposal's arguments, for, against and mixed, most supported first; hidden ones for moderators only. */
    @Transactional
    public ProposalViews.Arguments arguments(CitizenRef viewer, long proposalId) {
        filing.readable(viewer, proposalId);
        Set<String> hidden = moderation.hidden(ConsultationComponent.ID);
        boolean moderator = Consultations.moderates(viewer);
        List<Vote> votes = em.createQuery("SELECT v FROM Vote v WHERE v.proposalId = :p AND v.argument IS NOT NULL "
                + "ORDER BY v.supportCount DESC, v.changedAt, v.id", Vote.class).setParameter("p", proposalId).getResultList();
        Set<Long> supported = viewer == null ? Set.of() : Set.copyOf(((List<?>) em.createNativeQuery(
                        "SELECT s.vote_id FROM consultation_argument_support s JOIN consultation_vote v ON v.id = s.vote_id "
                                + "WHERE v.proposal_id = ?1 AND s.citizen_id = ?2").setParameter(1, proposalId)
                .setParameter(2, viewer.id()).getResultList()).stream().map(n -> ((Number) n).longValue()).toList());
        List<ProposalViews.ArgumentView> agree = new ArrayList<>();
        List<ProposalViews.ArgumentView> disagree = new ArrayList<>();
        List<ProposalViews.ArgumentView> mixed = new ArrayList<>();
        for (Vote v : votes) {
            if (!v.isArgued() || (!moderator && hidden.contains(Vote.contributionId(v.getId())))) {
                continue;
            }
            ProposalViews.ArgumentView view = argument(v, viewer, hidden, supported.contains(v.getId()));
            (switch (v.getStance()) {
                case AGREE -> agree;
                case DISAGREE -> disagree;
                case MIXED -> mixed;
            }).add(view);
        }
        return new ProposalViews.Arguments(agree, disagree, mixed);
    }

    private static ProposalViews.ArgumentView argument(Vote v, CitizenRef viewer, Set<String> hidden, boolean supported) {
        return new ProposalViews.ArgumentView(v.getId(), v.getVoter(), v.getStance().name(), v.getArgument(),
                v.getSupportCount(), supported, viewer != null && viewer.id() == v.getVoterId(),
                hidden.contains(Vote.contributionId(v.getId())), v.getChangedAt());
    }

    /** The proposal, open to the reader's reaction: the phase opens {@code react}, the consultation is open, it is published. */
    Proposal open(CitizenRef citizen, long proposalId) {
        Proposal proposal = filing.readable(citizen, proposalId);
        Consultation consultation = consultations.readable(citizen, proposal.getConsultationId());
        consultations.requireParticipation(citizen, consultation, "react", null);
        if (!proposal.isOpenToReactions()) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "proposal.closed");
        }
        return proposal;
    }

    /** A stance as typed: agree, mixed or disagree, in any case. */
    static Vote.Stance stance(String typed) {
        try {
            return Vote.Stance.valueOf(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "vote.stance");
        }
    }
}
