package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Outbox;
import org.civitas.spi.RateLimits;
import org.civitas.spi.RedirectTarget;
import org.civitas.spi.RedirectedIdeaProgressed;
import org.civitas.spi.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Filing: citizens propose under a section or a question while the consultation is open (or keep a draft), edit
 * their proposal until the first reaction, withdraw it; everyone reads what they may open.
 */
@ApplicationScoped
public class ProposalFiling {

    static final int BODY_MAX = 10_000;

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Consultations consultations;
    @Inject
    TextVersions versions;
    @Inject
    ComponentAccess access;
    @Inject
    Outbox outbox;
    @Inject
    RateLimits limits;
    @Inject
    ModerationStatus moderation;
    @Inject
    ConsultationRecords records;
    @Inject
    Following following;
    /** The maps' centre, shared with the other components; a proposal's point must lie within {@code radiusKm} of it. */
    @Inject
    @ConfigProperty(name = "civitas.map.center", defaultValue = "48.8566,2.3522")
    String mapCentre;
    @Inject
    @ConfigProperty(name = "civitas.consultation.place-radius-km", defaultValue = "100")
    double radiusKm;

    /** Publishes a proposal, or keeps it as a draft its author alone reads; its author follows it. */
    @Transactional
    public Views.ProposalView propose(CitizenRef author, long consultationId, ProposalInput input, boolean draft) {
        Consultation consultation = consultations.readable(author, consultationId);
        consultations.requireParticipation(author, consultation, "propose", null);
        ProposalInput clean = validate(consultation, input);
        limits.take("consultation-propose", Long.toString(author.id()), 20, Duration.ofHours(1));
        Proposal proposal = new Proposal(consultation, clean.section(), clean.question(), author.id(), author.pseudonym(),
                clean.title(), RichText.clean(clean.body()), draft ? Proposal.Status.DRAFT : Proposal.Status.PUBLISHED,
                Instant.now());
        proposal.place(clean.address(), clean.latitude(), clean.longitude(), null);
        proposal.writtenBy(Participant.of(author));
        em.persist(proposal);
        em.flush();
        following.follow(consultation.getId(), proposal.getId(), author.id());
        outbox.record(new ContributionPublished(records.searchable(proposal)));
        if (!draft) {
            following.proposed(proposal);
        }
        return view(proposal, author);
    }

    /**
     * The author rewrites their proposal until its first reaction (a vote or a comment: nobody reacted to other
     * words than those they read), and publishes it when it is a draft and {@code publish}.
     */
    @Transactional
    public Views.ProposalView edit(CitizenRef author, long proposalId, ProposalInput input, boolean publish) {
        Proposal proposal = own(author, proposalId);
        Consultation consultation = consultations.readable(author, proposal.getConsultationId());
        consultations.requireParticipation(author, consultation, "propose", null);
        if (proposal.getStatus() == Proposal.Status.WITHDRAWN || reacted(proposalId)) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "proposal.locked");
        }
        ProposalInput clean = validate(consultation, input);
        boolean published = proposal.getStatus() == Proposal.Status.DRAFT && publish;
        proposal.edit(clean.title(), RichText.clean(clean.body()));
        proposal.place(clean.address(), clean.latitude(), clean.longitude(), null);
        if (published) {
            proposal.publish(Instant.now());
        }
        em.flush();
        outbox.record(new ContributionPublished(records.searchable(proposal)));
        if (published) {
            following.proposed(proposal);
            progressed(proposal, "progress.published");
        }
        return view(proposal, author);
    }

    /**
     * The author withdraws their proposal while the consultation is not closed: it stays readable, closed to
     * reactions; a draft simply ends.
     */
    @Transactional
    public Views.ProposalView withdraw(CitizenRef author, long proposalId) {
        Proposal proposal = own(author, proposalId);
        if (proposal.getStatus() == Proposal.Status.WITHDRAWN) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "proposal.withdrawn");
        }
        // Once the vote has ended, what was voted on stays as it was: the city answers it.
        if (em.find(Consultation.class, proposal.getConsultationId()).isClosedAt(Instant.now())) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "consultation.closed");
        }
        proposal.withdraw();
        em.flush();
        outbox.record(new ContributionPublished(records.searchable(proposal)));
        progressed(proposal, "progress.withdrawn");
        return view(proposal, author);
    }

    /** A proposal; a draft exists only for its author. */
    @Transactional
    public Views.ProposalView get(CitizenRef viewer, long proposalId) {
        return view(readable(viewer, proposalId), viewer);
    }

    /** A proposal's page: the proposal, where it applies, the reader's vote and what they may do. */
    @Transactional
    public ProposalViews.ProposalPage page(CitizenRef viewer, long proposalId) {
        Proposal p = readable(viewer, proposalId);
        Consultation consultation = em.find(Consultation.class, p.getConsultationId());
        Optional<Vote> mine = viewer == null ? Optional.empty() : vote(proposalId, viewer.id());
        boolean author = viewer != null && viewer.id() == p.getAuthorId();
        return new ProposalViews.ProposalPage(view(p, viewer), moderation.isHidden(ConsultationComponent.ID,
                Proposal.contributionId(proposalId)), p.getAddress(), p.getLatitude(), p.getLongitude(), p.getPublishedAt(),
                p.getIdeaPath(), mine.map(v -> v.getStance().name()).orElse(null), mine.map(Vote::getArgument).orElse(null),
                viewer != null && following.follows(p.getConsultationId(), proposalId, viewer.id()),
                author && p.getStatus() != Proposal.Status.WITHDRAWN && !reacted(proposalId),
                p.isOpenToReactions() && consultation.isOpenAt(Instant.now())
                        && access.isOpen(ConsultationComponent.ID, p.getComponentId(), "react"));
    }

    /** The author's own proposal, to fill the form that edits it; anyone else's is not found. */
    @Transactional
    public ProposalViews.ProposalPage forEditing(CitizenRef author, long proposalId) {
        own(author, proposalId);
        return page(author, proposalId);
    }

    /**
     * The proposal as {@code viewer} may read it: its consultation readable, a draft only by its author, and one
     * moderation hides only by its author and moderators.
     */
    Proposal readable(CitizenRef viewer, long proposalId) {
        Proposal proposal = em.find(Proposal.class, proposalId);
        boolean author = proposal != null && viewer != null && viewer.id() == proposal.getAuthorId();
        if (proposal == null || (proposal.getStatus() == Proposal.Status.DRAFT && !author)
                || (!author && !Consultations.moderates(viewer)
                && moderation.isHidden(ConsultationComponent.ID, Proposal.contributionId(proposalId)))) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "proposal.not-found");
        }
        consultations.readable(viewer, proposal.getConsultationId());
        return proposal;
    }

    Views.ProposalView view(Proposal p, CitizenRef viewer) {
        return new Views.ProposalView(p.getId(), p.getConsultationId(), p.getSectionId(), p.getQuestionId(), p.getAuthor(),
                p.getTitle(), p.getBody(), p.getStatus().name().toLowerCase(Locale.ROOT), p.getCreatedAt(),
                p.getAgreeCount(), p.getMixedCount(), p.getDisagreeCount(), p.getArgumentCount(), p.getAmendmentCount(),
                p.getCommentCount(), viewer != null && viewer.id() == p.getAuthorId());
    }

    Optional<Vote> vote(long proposalId, long voterId) {
        return em.createQuery("SELECT v FROM Vote v WHERE v.proposalId = :p AND v.voterId = :v", Vote.class)
                .setParameter("p", proposalId).setParameter("v", voterId).getResultStream().findFirst();
    }

    /** Whether anyone voted or commented yet, hidden or not. */
    private boolean reacted(long proposalId) {
        return !em.createNativeQuery("SELECT 1 FROM consultation_vote WHERE proposal_id = ?1 UNION ALL "
                        + "SELECT 1 FROM consultation_comment WHERE proposal_id = ?1 LIMIT 1")
                .setParameter(1, proposalId).getResultList().isEmpty();
    }

    /** The author's own proposal; anyone else's is not found, whatever its state. */
    private Proposal own(CitizenRef author, long proposalId) {
        if (author == null) {
            throw Texts.refusal(Refusal.Kind.UNAUTHENTICATED, "sign-in");
        }
        Proposal proposal = em.find(Proposal.class, proposalId);
        if (proposal == null || proposal.getAuthorId() != author.id()) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "proposal.not-found");
        }
        return proposal;
    }

    /** The idea a proposal was drafted from shows what became of it. */
    private void progressed(Proposal proposal, String key) {
        if (proposal.getFromIdea() != null) {
            outbox.record(new RedirectedIdeaProgressed(ConsultationComponent.ID, Proposal.contributionId(proposal.getId()),
                    proposal.getFromIdea(), Texts.localized(key)));
        }
    }

    /** The consultation that takes redirected ideas in this instance: the most recently opened of those open now. */
    Optional<Consultation> takingIdeas(ComponentRef instance) {
        if (!access.isOpen(ConsultationComponent.ID, instance.id(), "propose")) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        List<Consultation> open = em.createQuery("SELECT c FROM Consultation c WHERE c.componentId = :c AND c.status = :s "
                        + "AND c.opensAt <= :now AND c.closesAt > :now ORDER BY c.opensAt DESC, c.id DESC", Consultation.class)
                .setParameter("c", instance.id()).setParameter("s", Consultation.Status.PUBLISHED).setParameter("now", now)
                .setMaxResults(1).getResultList();
        return open.stream().findFirst();
    }

    /**
     * An idea redirected from the idea box becomes a draft proposal in its author's name, under the consultation
     * taking ideas, linked back to the idea; its author, supporters and followers follow it.
     */
    long draftFromIdea(ComponentRef instance, RedirectTarget.RedirectedIdea idea) {
        Consultation consultation = takingIdeas(instance)
                .orElseThrow(() -> Texts.refusal(Refusal.Kind.CONFLICT, "proposal.no-open-consultation"));
        String title = idea.title().strip();
        title = title.length() > ConsultationDesk.TITLE_MAX ? title.substring(0, ConsultationDesk.TITLE_MAX) : title;
        Proposal proposal = new Proposal(consultation, null, null, idea.author().id(), idea.author().pseudonym(), title,
                RichText.fromPlain(idea.body()), Proposal.Status.DRAFT, Instant.now());
        proposal.linkIdea(idea.ideaId());
        proposal.ideaAt(idea.ideaPath());
        proposal.writtenBy(Participant.of(idea.author()));
        em.persist(proposal);
        em.flush();
        following.follow(consultation.getId(), proposal.getId(), idea.author().id());
        idea.followerIds().forEach(citizen -> following.follow(consultation.getId(), proposal.getId(), citizen));
        outbox.record(new ContributionPublished(records.searchable(proposal)));
        return proposal.getId();
    }

    private ProposalInput validate(Consultation consultation, ProposalInput input) {
        if (input == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "proposal.invalid");
        }
        String title = input.title() == null ? "" : input.title().strip();
        if (title.length() < ConsultationDesk.TITLE_MIN || title.length() > ConsultationDesk.TITLE_MAX) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "proposal.title");
        }
        Legible.requireTitle(title);
        String body = input.body() == null ? "" : input.body().strip();
        if (body.isEmpty() || body.length() > BODY_MAX || RichText.plain(RichText.clean(body)).isEmpty()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "proposal.body");
        }
        Legible.requireText(RichText.plain(RichText.clean(body)));
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
            if (question.getKind() == Question.Kind.CLOSED) {
                // A closed question is answered by choosing one of its options, not by proposing.
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "fixp.question-closed");
            }
        }
        ProposalPlace place = ProposalPlace.of(input.address(), input.latitude(), input.longitude(), mapCentre, radiusKm);
        return new ProposalInput(title, body, input.section(), input.question(), place.address(), place.latitude(),
                place.longitude());
    }
}
