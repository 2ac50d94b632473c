package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;

/** Filing: citizens propose under a section or a question while the consultation is open, and read proposals. */
@ApplicationScoped
public class ProposalFiling {

    static final int BODY_MAX = 10_000;

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Consultations consultations;
    @Inject
    TextVersions versions;

    /** Publishes a proposal, or keeps it as a draft its author alone reads. */
    @Transactional
    public Views.ProposalView propose(CitizenRef author, long consultationId, ProposalInput input, boolean draft) {
        Consultation consultation = consultations.readable(author, consultationId);
        consultations.requireParticipation(author, consultation, "propose", null);
        ProposalInput clean = validate(consultation, input);
        Proposal proposal = new Proposal(consultation, clean.section(), clean.question(), author.id(), author.pseudonym(),
                clean.title(), RichText.clean(clean.body()), draft ? Proposal.Status.DRAFT : Proposal.Status.PUBLISHED,
                Instant.now());
        proposal.writtenBy(Participant.of(author));
        em.persist(proposal);
        em.flush();
        return view(proposal, author);
    }

    /** A proposal; a draft exists only for its author. */
    @Transactional
    public Views.ProposalView get(CitizenRef viewer, long proposalId) {
        return view(readable(viewer, proposalId), viewer);
    }

    /** The proposal as {@code viewer} may read it: its consultation readable, and a draft only by its author. */
    Proposal readable(CitizenRef viewer, long proposalId) {
        Proposal proposal = em.find(Proposal.class, proposalId);
        if (proposal == null || (proposal.getStatus() == Proposal.Status.DRAFT
                && (viewer == null || viewer.id() != proposal.getAuthorId()))) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "proposal.not-found");
        }
        consultations.readable(viewer, proposal.getConsultationId());
        return proposal;
    }

    Views.ProposalView view(Proposal p, CitizenRef viewer) {
        return new Views.ProposalView(p.getId(), p.getConsultationId(), p.getSectionId(), p.getQuestionId(), p.getAuthor(),
                p.getTitle(), p.getBody(), p.getStatus().name().toLowerCase(java.util.Locale.ROOT), p.getCreatedAt(),
                p.getAgreeCount(), p.getMixedCount(), p.getDisagreeCount(), p.getArgumentCount(), p.getAmendmentCount(),
                p.getCommentCount(), viewer != null && viewer.id() == p.getAuthorId());
    }

    private ProposalInput validate(Consultation consultation, ProposalInput input) {
        if (input == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "proposal.invalid");
        }
        String title = input.title() == null ? "" : input.title().strip();
        if (title.length() < ConsultationDesk.TITLE_MIN || title.length() > ConsultationDesk.TITLE_MAX) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "proposal.title");
        }
        String body = input.body() == null ? "" : input.body().strip();
        if (body.isEmpty() || body.length() > BODY_MAX) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "proposal.body");
        }
        if (input.section() != null && input.question() != null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "proposal.one-place");
        }
        if (input.section() != null
                && versions.section(consultation.getId(), input.section(), consultation.getCurrentVersion()).isEmpty()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "proposal.section");
        }
        if (input.question() != null) {
            Question question = em.find(Question.class, input.question());
            if (question == null || question.getConsultationId() != consultation.getId()) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "proposal.question");
            }
        }
        return new ProposalInput(title, body, input.section(), input.question(), input.address(), input.latitude(),
                input.longitude());
    }
}
