package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.civitas.spi.ContributionHidden;
import org.civitas.spi.ContributionRestored;
import org.civitas.spi.EventConsumer;
import org.civitas.spi.EventMetadata;
import org.civitas.spi.ModerationStatus;

/**
 * Keeps a proposal's counters (and search) to what people can read: when moderation hides or restores a proposal, an argument or
 * a comment, the proposal's counters are recounted from its rows that moderation does not hide. A vote whose
 * argument is hidden still counts as a vote, not as an argument.
 */
@ApplicationScoped
public class Recount {

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    ModerationStatus moderation;
    @Inject
    ConsultationRecords records;

    /** What follows when moderation hides ({@code visible} false) or restores a contribution. */
    @Transactional
    public void moderated(String component, String contributionId, boolean visible) {
        recount(component, contributionId);
        if (ConsultationComponent.ID.equals(component) && contributionId.matches("proposal-[1-9]\\d{0,17}")) {
            records.discussionFollows(Long.parseLong(contributionId.substring("proposal-".length())), visible);
        }
    }

    /** Recounts the proposal a contribution id ({@code proposal-}, {@code argument-}, {@code comment-}) belongs to. */
    @Transactional
    public void recount(String component, String contributionId) {
        if (!ConsultationComponent.ID.equals(component) || !contributionId.matches("(proposal|argument|comment)-[1-9]\\d{0,17}")) {
            return;
        }
        long id = Long.parseLong(contributionId.substring(contributionId.indexOf('-') + 1));
        Long proposalId = switch (contributionId.substring(0, contributionId.indexOf('-'))) {
            case "proposal" -> id;
            case "argument" -> {
                Vote v = em.find(Vote.class, id);
                yield v == null ? null : v.getProposalId();
            }
            default -> {
                Comment c = em.find(Comment.class, id);
                yield c == null ? null : c.getProposalId();
            }
        };
        Proposal proposal = proposalId == null ? null : em.find(Proposal.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            return;
        }
        em.refresh(proposal);
        Set<String> hidden = moderation.hidden(ConsultationComponent.ID);
        List<Vote> votes = em.createQuery("SELECT v FROM Vote v WHERE v.proposalId = :p", Vote.class)
                .setParameter("p", proposalId).getResultList();
        int[] stances = new int[Vote.Stance.values().length];
        int arguments = 0;
        for (Vote v : votes) {
            stances[v.getStance().ordinal()]++;
            if (v.isArgued() && !hidden.contains(Vote.contributionId(v.getId()))) {
                arguments++;
            }
        }
        int comments = (int) em.createQuery("SELECT c FROM Comment c WHERE c.proposalId = :p AND c.deleted = false",
                        Comment.class).setParameter("p", proposalId).getResultStream()
                .filter(c -> !hidden.contains(Comment.contributionId(c.getId()))).count();
        proposal.recounted(stances[Vote.Stance.AGREE.ordinal()], stances[Vote.Stance.MIXED.ordinal()],
                stances[Vote.Stance.DISAGREE.ordinal()], arguments, comments);
        em.flush();
    }

    /** Moderation hid something of a proposal's. */
    @ApplicationScoped
    public static class OnHidden implements EventConsumer<ContributionHidden> {
        @Inject
        Recount recount;

        @Override
        public String name() {
            return "consultation.recount-hidden";
        }

        @Override
        public Class<ContributionHidden> eventType() {
            return ContributionHidden.class;
        }

        @Override
        public void consume(ContributionHidden event, EventMetadata metadata) {
            recount.moderated(event.contributionComponent(), event.contributionId(), false);
        }
    }

    /** A moderator restored it: it counts again. */
    @ApplicationScoped
    public static class OnRestored implements EventConsumer<ContributionRestored> {
        @Inject
        Recount recount;

        @Override
        public String name() {
            return "consultation.recount-restored";
        }

        @Override
        public Class<ContributionRestored> eventType() {
            return ContributionRestored.class;
        }

        @Override
        public void consume(ContributionRestored event, EventMetadata metadata) {
            recount.moderated(event.contributionComponent(), event.contributionId(), true);
        }
    }
}
