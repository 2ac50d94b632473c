package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Refusal;

/**
 * The final decision after closing: which published version of the text was adopted and what changed because of
 * the consultation. The amendments and proposals it credits are the accepted ones, computed, never typed.
 */
@ApplicationScoped
public class Decision {

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Answers answers;
    @Inject
    TextVersions versions;
    @Inject
    ModerationStatus moderation;
    @Inject
    AuditTrail audit;

    /** Decides (or corrects the decision): its directorate's, once closed; the adopted version must be published. */
    @Transactional
    public ClosingViews.DecisionView decide(CitizenRef agent, long consultationId, ClosingViews.DecisionForm form) {
        Consultation c = answers.closed(agent, consultationId);
        if (form == null || form.adoptedVersion() == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "closing.decision.invalid");
        }
        String text = Synthesis.richText(form.text(), "closing.decision.text");
        if (versions.version(c.getId(), form.adoptedVersion()).filter(v -> !v.isDraft()).isEmpty()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "closing.decision.version");
        }
        c.decide(text, form.adoptedVersion(), Instant.now());
        audit.record(agent, "consultation.decided", "consultation", c.getId().toString(), null,
                "version=" + form.adoptedVersion());
        return view(c);
    }

    /** The decision as published, null before it is taken. */
    ClosingViews.DecisionView view(Consultation c) {
        if (c.getDecidedAt() == null) {
            return null;
        }
        Hidden hidden = Hidden.of(moderation.hidden(ConsultationComponent.ID));
        List<ClosingViews.Credit> amendments = em.createQuery(
                        "SELECT a FROM Amendment a WHERE a.consultationId = :c AND a.state = :accepted ORDER BY a.decidedAt, a.id",
                        Amendment.class).setParameter("c", c.getId()).setParameter("accepted", Amendment.State.ACCEPTED)
                .getResultList().stream().filter(a -> !hidden.amendments().contains(a.getId()))
                .map(a -> new ClosingViews.Credit(a.getId(), a.getTitle(), a.getAuthor())).toList();
        List<ClosingViews.Credit> proposals = em.createQuery(
                        "SELECT p FROM Proposal p WHERE p.consultationId = :c AND p.answer = :accepted AND p.status <> :draft ORDER BY p.id",
                        Proposal.class).setParameter("c", c.getId()).setParameter("accepted", Proposal.Answer.ACCEPTED)
                .setParameter("draft", Proposal.Status.DRAFT).getResultList().stream()
                .filter(p -> !hidden.proposals().contains(p.getId()))
                .map(p -> new ClosingViews.Credit(p.getId(), p.getTitle(), p.getAuthor())).toList();
        return new ClosingViews.DecisionView(c.getAdoptedVersion(), RichText.html(c.getDecision()), c.getDecidedAt(),
                amendments, proposals);
    }
}
