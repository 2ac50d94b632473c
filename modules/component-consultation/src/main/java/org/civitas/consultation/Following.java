package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Notifier;
import org.civitas.spi.Refusal;

/**
 * Who follows a consultation (proposal 0) or one of its proposals, and what they are told: a new comment on a
 * followed proposal, a new proposal in a followed consultation. Nobody is told of what they did themselves.
 */
@ApplicationScoped
public class Following {

    /** The proposal id a follow of the whole consultation has. */
    static final long WHOLE = 0;

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Consultations consultations;
    @Inject
    ProposalFiling filing;
    @Inject
    Notifier notifier;

    /** Follows a proposal the reader may open (its consultation when {@code proposalId} is null), or stops. */
    @Transactional
    public boolean followProposal(CitizenRef citizen, long proposalId, boolean on) {
        signedIn(citizen);
        Proposal proposal = filing.readable(citizen, proposalId);
        if (proposal.getStatus() == Proposal.Status.DRAFT) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "proposal.draft");
        }
        return set(proposal.getConsultationId(), proposalId, citizen.id(), on);
    }

    @Transactional
    public boolean followConsultation(CitizenRef citizen, long consultationId, boolean on) {
        signedIn(citizen);
        Consultation consultation = consultations.readable(citizen, consultationId);
        if (consultation.getStatus() != Consultation.Status.PUBLISHED) {
            throw Consultations.notFound();
        }
        return set(consultationId, WHOLE, citizen.id(), on);
    }

    /** Whether the reader follows the whole consultation. */
    @Transactional
    public boolean followsConsultation(CitizenRef citizen, long consultationId) {
        return citizen != null && follows(consultationId, WHOLE, citizen.id());
    }

    private boolean set(long consultationId, long proposalId, long citizenId, boolean on) {
        if (on) {
            follow(consultationId, proposalId, citizenId);
        } else {
            em.createNativeQuery("DELETE FROM consultation_follow WHERE consultation_id = ?1 AND proposal_id = ?2 "
                    + "AND citizen_id = ?3").setParameter(1, consultationId).setParameter(2, proposalId)
                    .setParameter(3, citizenId).executeUpdate();
        }
        return on;
    }

    void follow(long consultationId, long proposalId, long citizenId) {
        em.createNativeQuery("INSERT INTO consultation_follow (consultation_id, proposal_id, citizen_id, since) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING").setParameter(1, consultationId)
                .setParameter(2, proposalId).setParameter(3, citizenId).setParameter(4, java.sql.Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    boolean follows(long consultationId, long proposalId, long citizenId) {
        return !em.createNativeQuery("SELECT 1 FROM consultation_follow WHERE consultation_id = ?1 AND proposal_id = ?2 "
                        + "AND citizen_id = ?3").setParameter(1, consultationId).setParameter(2, proposalId)
                .setParameter(3, citizenId).getResultList().isEmpty();
    }

    /** Tells the proposal's followers of a new comment, in the comment's transaction. */
    void commented(Proposal proposal, Comment comment) {
        for (long citizen : followers(proposal.getConsultationId(), proposal.getId())) {
            if (citizen != comment.getAuthorId()) {
                notifier.notify(citizen, Notifier.Kind.FOLLOWED, Texts.localized("notify.comment.subject", proposal.getTitle()),
                        Texts.localized("notify.comment.body", comment.getAuthor(), proposal.getTitle()),
                        ConsultationComponent.proposalPath(proposal.getId()));
            }
        }
    }

    /** Tells the consultation's followers of a new proposal, in the proposal's transaction. */
    void proposed(Proposal proposal) {
        for (long citizen : followers(proposal.getConsultationId(), WHOLE)) {
            if (citizen != proposal.getAuthorId()) {
                notifier.notify(citizen, Notifier.Kind.FOLLOWED, Texts.localized("notify.proposal.subject", proposal.getTitle()),
                        Texts.localized("notify.proposal.body", proposal.getAuthor(), proposal.getTitle()),
                        ConsultationComponent.proposalPath(proposal.getId()));
            }
        }
    }

    private List<Long> followers(long consultationId, long proposalId) {
        return ((List<?>) em.createNativeQuery("SELECT citizen_id FROM consultation_follow WHERE consultation_id = ?1 "
                        + "AND proposal_id = ?2").setParameter(1, consultationId).setParameter(2, proposalId).getResultList())
                .stream().map(n -> ((Number) n).longValue()).toList();
    }

    static void signedIn(CitizenRef citizen) {
        if (citizen == null) {
            throw Texts.refusal(Refusal.Kind.UNAUTHENTICATED, "sign-in");
        }
    }
}
