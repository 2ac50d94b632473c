package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Notifier;
import org.civitas.spi.Refusal;
import org.civitas.spi.TextInput;

/**
 * Deciding amendments: the proposal's author decides those to their proposal, the consultation's directorate those
 * to the text. Accepting writes the next version — the proposal's next revision (its earlier words kept), or the
 * text's next version — credited to the amender, and outdates every other amendment under evaluation on the same
 * words: their authors are told and may rebase them, nothing is silently overwritten. Each decision holds the lock
 * on what it changes and reads the amendment again under it, so two acceptances on one version give one accepted
 * and one outdated.
 */
@ApplicationScoped
public class AmendmentDecisions {

    static final int REASON_MAX = 2_000;

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Consultations consultations;
    @Inject
    TextVersions versions;
    @Inject
    AmendmentDesk desk;
    @Inject
    AmendmentRecords records;
    @Inject
    Notifier notifier;

    @Transactional
    public AmendmentViews.AmendmentView accept(CitizenRef actor, long id) {
        Amendment amendment = decidable(actor, id);
        desk.requireProposalPublished(amendment);
        Instant now = Instant.now();
        List<Amendment> others;
        if (amendment.getProposalId() != null) {
            Proposal proposal = em.find(Proposal.class, amendment.getProposalId());
            em.persist(new Revision(proposal, amendment.getId(), now));
            proposal.amend(amendment.getTitle(), amendment.getBody());
            amendment.accept(actor.id(), proposal.getRevision(), now);
            others = em.createQuery("SELECT a FROM Amendment a WHERE a.proposalId = :p AND a.state = :s", Amendment.class)
                    .setParameter("p", proposal.getId()).setParameter("s", Amendment.State.EVALUATING).getResultList();
        } else {
            Consultation consultation = em.find(Consultation.class, amendment.getConsultationId());
            TextVersion next = versions.publishAmendment(consultation, amendment,
                    Texts.text(Locale.FRENCH, "amendment.changelog", amendment.getAuthor(), amendment.getTitle()), actor);
            amendment.accept(actor.id(), next.getNumber(), now);
            others = em.createQuery("SELECT a FROM Amendment a WHERE a.sectionId = :s AND a.state = :state", Amendment.class)
                    .setParameter("s", amendment.getSectionId()).setParameter("state", Amendment.State.EVALUATING).getResultList();
        }
        for (Amendment other : Amendment.outdateOthers(amendment, others)) {
            tell(other, "outdated");
            records.changed(other);
        }
        tell(amendment, "accepted");
        desk.recount(amendment.getProposalId());
        records.changed(amendment);
        return desk.view(amendment, actor);
    }

    /** Rejects an amendment under evaluation, with the reason its author is given. */
    @Transactional
    public AmendmentViews.AmendmentView reject(CitizenRef actor, long id, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX || TextInput.check(why, true, REASON_MAX).isPresent()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "amendment.reason");
        }
        Amendment amendment = decidable(actor, id);
        amendment.reject(actor.id(), why, Instant.now());
        tell(amendment, "rejected");
        desk.recount(amendment.getProposalId());
        records.changed(amendment);
        return desk.view(amendment, actor);
    }

    /**
     * The amendment, read again under the lock of what it changes, once the actor is known to decide it: the
     * proposal's author until the consultation closes, or the directorate while the phase opens {@code answer}.
     * Refused unless it is under evaluation on words that are still current.
     */
    private Amendment decidable(CitizenRef actor, long id) {
        if (actor == null) {
            throw Texts.refusal(Refusal.Kind.UNAUTHENTICATED, "amendment.sign-in");
        }
        Amendment amendment = desk.readable(actor, id);
        if (amendment.getProposalId() != null) {
            if (em.find(Proposal.class, amendment.getProposalId()).getAuthorId() != actor.id()) {
                throw Texts.refusal(Refusal.Kind.FORBIDDEN, "amendment.not-proposal-author");
            }
            // A proposal's words are those the vote was on: once it has ended they stay. The directorate's
            // evaluation of the text's amendments may take longer.
            if (em.find(Consultation.class, amendment.getConsultationId()).isClosedAt(Instant.now())) {
                throw Texts.refusal(Refusal.Kind.CONFLICT, "consultation.closed");
            }
        } else {
            consultations.requireDirectorate(actor, em.find(Consultation.class, amendment.getConsultationId()), "answer");
        }
        desk.lockTarget(amendment);
        if (amendment.getState() != Amendment.State.EVALUATING) {
            throw Texts.refusal(Refusal.Kind.CONFLICT,
                    "amendment.state." + amendment.getState().name().toLowerCase(Locale.ROOT));
        }
        if (desk.stale(amendment)) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "amendment.stale");
        }
        return amendment;
    }

    /** Tells the amendment's author what became of it, in their language. */
    private void tell(Amendment amendment, String what) {
        notifier.notify(amendment.getAuthorId(), Notifier.Kind.CONTRIBUTION,
                Texts.localized("amendment.notice." + what + ".subject", amendment.getTitle()),
                Texts.localized("amendment.notice." + what + ".body", amendment.getTitle(),
                        amendment.getReason() == null ? "" : amendment.getReason()),
                AmendmentRecords.path(amendment.getId()));
    }
}
