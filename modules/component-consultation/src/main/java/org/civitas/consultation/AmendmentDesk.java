package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Refusal;
import org.civitas.spi.TextInput;

/**
 * Amending: a citizen writes new words for a published proposal or a section of the text, on its current version;
 * submits, withdraws, rewrites them on the current version (an outdated amendment is evaluated again), and makes a
 * rejected amendment a proposal of its own. Who reads which amendment is decided here for every list and page.
 */
@ApplicationScoped
public class AmendmentDesk {

    static final int EXPLANATION_MAX = 2_000;

    /** A proposal's or a section's words in one version. */
    record Words(String title, String body) {
        static final Words NONE = new Words("", "");
    }

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Consultations consultations;
    @Inject
    ProposalFiling filing;
    @Inject
    TextVersions versions;
    @Inject
    ComponentAccess access;
    @Inject
    ModerationStatus moderation;
    @Inject
    AmendmentRecords records;

    /** New words for a published proposal, on its current revision; kept as a draft its author alone reads, or submitted. */
    @Transactional
    public AmendmentViews.AmendmentView amendProposal(CitizenRef author, long proposalId, AmendmentInput input, boolean draft) {
        Proposal proposal = filing.readable(author, proposalId);
        Consultation consultation = consultations.readable(author, proposal.getConsultationId());
        consultations.requireParticipation(author, consultation, "amend", null);
        if (proposal.getStatus() != Proposal.Status.PUBLISHED) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "amendment.proposal-not-published");
        }
        if (proposal.getAuthorId() == author.id()) {
            throw Texts.refusal(Refusal.Kind.FORBIDDEN, "amendment.own-proposal");
        }
        Words base = new Words(proposal.getTitle(), proposal.getBody());
        AmendmentInput clean = validate(input, false, base);
        return written(author, new Amendment(consultation.getId(), proposalId, null, proposal.getRevision(), author.id(),
                author.pseudonym(), clean.title(), clean.body(), clean.explanation(),
                draft ? Amendment.State.DRAFT : Amendment.State.EVALUATING, Instant.now()));
    }

    /** New words for a section of the text, on the consultation's current version. */
    @Transactional
    public AmendmentViews.AmendmentView amendSection(CitizenRef author, long consultationId, long sectionId,
                                                     AmendmentInput input, boolean draft) {
        Consultation consultation = consultations.readable(author, consultationId);
        consultations.requireParticipation(author, consultation, "amend", null);
        SectionText section = versions.section(consultationId, sectionId, consultation.getCurrentVersion())
                .orElseThrow(() -> Texts.refusal(Refusal.Kind.NOT_FOUND, "amendment.section-not-found"));
        AmendmentInput clean = validate(input, true, new Words(section.getTitle(), section.getBody()));
        return written(author, new Amendment(consultationId, null, sectionId, consultation.getCurrentVersion(), author.id(),
                author.pseudonym(), clean.title(), clean.body(), clean.explanation(),
                draft ? Amendment.State.DRAFT : Amendment.State.EVALUATING, Instant.now()));
    }

    private AmendmentViews.AmendmentView written(CitizenRef author, Amendment amendment) {
        amendment.writtenBy(Participant.of(author));
        em.persist(amendment);
        em.flush();
        recount(amendment.getProposalId());
        records.changed(amendment);
        return view(amendment, author);
    }

    /** Its author submits a draft written on the current version. */
    @Transactional
    public AmendmentViews.AmendmentView submit(CitizenRef actor, long id) {
        Amendment amendment = own(actor, id, "amend");
        requireProposalPublished(amendment);
        if (amendment.getState() == Amendment.State.DRAFT && stale(amendment)) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "amendment.stale");
        }
        amendment.submit();
        recount(amendment.getProposalId());
        records.changed(amendment);
        return view(amendment, actor);
    }

    /** Its author takes it back; it stays readable, as withdrawn. */
    @Transactional
    public AmendmentViews.AmendmentView withdraw(CitizenRef actor, long id) {
        Amendment amendment = own(actor, id, null);
        amendment.withdraw();
        recount(amendment.getProposalId());
        records.changed(amendment);
        return view(amendment, actor);
    }

    /**
     * Its author writes the words again on the current version: an outdated amendment is evaluated again, a draft
     * or an amendment under evaluation is updated. Holds the lock the deciders take, so that an acceptance never
     * reads half-rebased words.
     */
    @Transactional
    public AmendmentViews.AmendmentView rebase(CitizenRef actor, long id, AmendmentInput input) {
        Amendment amendment = own(actor, id, "amend");
        lockTarget(amendment);
        requireProposalPublished(amendment);
        Words current = current(amendment);
        if (removed(amendment, current)) {
            // Rebased on nothing, it could be neither accepted nor rewritten again: its author may withdraw it.
            throw Texts.refusal(Refusal.Kind.CONFLICT, "amendment.section-removed");
        }
        AmendmentInput clean = validate(input, amendment.getSectionId() != null, current);
        amendment.rebase(currentVersion(amendment), clean.title(), clean.body(), clean.explanation());
        recount(amendment.getProposalId());
        records.changed(amendment);
        return view(amendment, actor);
    }

    /**
     * A rejected amendment becomes a published proposal of its author's, when the instance's setting allows: under
     * the section it amended, or where the amended proposal stood.
     */
    @Transactional
    public AmendmentViews.AmendmentView promote(CitizenRef actor, long id) {
        Amendment amendment = own(actor, id, null);
        Consultation consultation = em.find(Consultation.class, amendment.getConsultationId());
        if (!ConsultationComponent.promotionAllowed(consultations.instance(actor, consultation))) {
            throw Texts.refusal(Refusal.Kind.FORBIDDEN, "amendment.promotion-off");
        }
        consultations.requireParticipation(actor, consultation, "propose", null);
        amendment.requirePromotable();
        Long section = amendment.getSectionId();
        Long question = null;
        if (amendment.getProposalId() != null) {
            Proposal amended = em.find(Proposal.class, amendment.getProposalId());
            section = amended.getSectionId();
            question = amended.getQuestionId();
        }
        Proposal proposal = new Proposal(consultation, section, question, actor.id(), actor.pseudonym(), amendment.getTitle(),
                amendment.getBody(), Proposal.Status.PUBLISHED, Instant.now());
        proposal.writtenBy(Participant.of(actor));
        proposal.promotedFrom(amendment.getId());
        em.persist(proposal);
        em.flush();
        amendment.promote(proposal.getId());
        records.changed(amendment);
        return view(amendment, actor);
    }

    /** An amendment, with its diff against the version it was written on. */
    @Transactional
    public AmendmentViews.AmendmentView get(CitizenRef viewer, long id) {
        return view(readable(viewer, id), viewer);
    }

    /** A proposal's amendments its reader may read, oldest first. */
    @Transactional
    public List<AmendmentViews.AmendmentItem> ofProposal(CitizenRef viewer, long proposalId) {
        Proposal proposal = filing.readable(viewer, proposalId);
        Consultation consultation = consultations.readable(viewer, proposal.getConsultationId());
        List<Amendment> all = em.createQuery("SELECT a FROM Amendment a WHERE a.proposalId = :p ORDER BY a.createdAt, a.id",
                Amendment.class).setParameter("p", proposalId).getResultList();
        return items(viewer, consultation, all);
    }

    /**
     * The text's amendments its reader may read, oldest first: of one section, in one state ({@code evaluating},
     * {@code accepted}…), when given — the directorate's evaluation list.
     */
    @Transactional
    public List<AmendmentViews.AmendmentItem> ofText(CitizenRef viewer, long consultationId, Long section, String state) {
        Consultation consultation = consultations.readable(viewer, consultationId);
        Amendment.State wanted = null;
        if (state != null && !state.isBlank()) {
            try {
                wanted = Amendment.State.valueOf(state.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "amendment.filter");
            }
        }
        var query = em.createQuery("SELECT a FROM Amendment a WHERE a.consultationId = :c AND a.sectionId IS NOT NULL"
                + (section == null ? "" : " AND a.sectionId = :s") + (wanted == null ? "" : " AND a.state = :state")
                + " ORDER BY a.createdAt, a.id", Amendment.class).setParameter("c", consultationId);
        if (section != null) {
            query.setParameter("s", section);
        }
        if (wanted != null) {
            query.setParameter("state", wanted);
        }
        List<Amendment> all = query.getResultList();
        return items(viewer, consultation, all);
    }

    private List<AmendmentViews.AmendmentItem> items(CitizenRef viewer, Consultation consultation, List<Amendment> all) {
        ComponentRef instance = consultations.instance(viewer, consultation);
        Set<String> hidden = moderation.hidden(ConsultationComponent.ID);
        Map<Long, String> targets = new HashMap<>();
        return all.stream()
                .filter(a -> visible(viewer, a, consultation, instance) && shown(viewer, a, hidden))
                .map(a -> new AmendmentViews.AmendmentItem(a.getId(), a.getProposalId(), a.getSectionId(),
                        targets.computeIfAbsent(a.getProposalId() != null ? a.getProposalId() : -a.getSectionId(),
                                k -> targetTitle(a)),
                        a.getBaseVersion(), a.getAuthor(), a.getTitle(), state(a), a.getCreatedAt(), mine(viewer, a)))
                .toList();
    }

    /**
     * The amendment as {@code viewer} may read it: its consultation readable, a draft only by its author, with the
     * visibility {@code own} only by its author, the amended proposal's author, moderators and the directorate, and
     * one moderation hides only by its author and moderators. Not found otherwise.
     */
    Amendment readable(CitizenRef viewer, long id) {
        Amendment amendment = em.find(Amendment.class, id);
        if (amendment == null) {
            throw notFound();
        }
        Consultation consultation = consultations.readable(viewer, amendment.getConsultationId());
        if (!visible(viewer, amendment, consultation, consultations.instance(viewer, consultation))
                || !shown(viewer, amendment, moderation.hidden(ConsultationComponent.ID))) {
            throw notFound();
        }
        return amendment;
    }

    boolean visible(CitizenRef viewer, Amendment amendment, Consultation consultation, ComponentRef instance) {
        if (mine(viewer, amendment)) {
            return true;
        }
        if (amendment.getState() == Amendment.State.DRAFT) {
            return false;
        }
        if (Consultations.moderates(viewer) || Consultations.ofDirectorate(viewer, consultation)
                || !ConsultationComponent.amendmentsPrivate(instance)) {
            return true;
        }
        return viewer != null && amendment.getProposalId() != null
                && em.find(Proposal.class, amendment.getProposalId()).getAuthorId() == viewer.id();
    }

    /** Moderation hides an amendment from everyone but its author and the moderators. */
    private static boolean shown(CitizenRef viewer, Amendment amendment, Set<String> hidden) {
        return !hidden.contains(AmendmentRecords.contributionId(amendment.getId())) || mine(viewer, amendment)
                || Consultations.moderates(viewer);
    }

    /** The actor's own amendment, for an action of its author's; {@code action} the phase must open, if any. */
    private Amendment own(CitizenRef actor, long id, String action) {
        if (actor == null) {
            throw Texts.refusal(Refusal.Kind.UNAUTHENTICATED, "amendment.sign-in");
        }
        Amendment amendment = readable(actor, id);
        if (!mine(actor, amendment)) {
            throw Texts.refusal(Refusal.Kind.FORBIDDEN, "amendment.not-author");
        }
        if (action != null) {
            consultations.requireParticipation(actor, em.find(Consultation.class, amendment.getConsultationId()), action, null);
        }
        return amendment;
    }

    /**
     * Locks what the amendment changes — the amended proposal's row, or the consultation (its text's versions) —
     * and reads the amendment again under that lock: what was decided meanwhile is seen, never overwritten.
     */
    void lockTarget(Amendment amendment) {
        if (amendment.getProposalId() != null) {
            em.refresh(em.find(Proposal.class, amendment.getProposalId()), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        } else {
            em.refresh(em.find(Consultation.class, amendment.getConsultationId()), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
        em.refresh(amendment);
    }

    /** Refuses to take further an amendment to a proposal its author withdrew: its words no longer change. */
    void requireProposalPublished(Amendment amendment) {
        if (!onPublished(amendment)) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "amendment.proposal-withdrawn");
        }
    }

    /** Whether it amends the text, or a proposal that is still published. */
    private boolean onPublished(Amendment amendment) {
        return amendment.getProposalId() == null
                || em.find(Proposal.class, amendment.getProposalId()).getStatus() == Proposal.Status.PUBLISHED;
    }

    /**
     * Whether the words it was written on are no longer current: the proposal has a later revision, or the
     * section's words changed (or it was removed) since its version. A later version that left the section as it
     * was does not make an amendment stale.
     */
    boolean stale(Amendment amendment) {
        if (amendment.getBaseVersion() == currentVersion(amendment)) {
            return false;
        }
        if (amendment.getProposalId() != null) {
            return true;
        }
        Words base = base(amendment);
        Words now = current(amendment);
        return now == Words.NONE || !base.equals(now);
    }

    /** The amended proposal's revision, or the text's current version. */
    int currentVersion(Amendment amendment) {
        return amendment.getProposalId() != null ? em.find(Proposal.class, amendment.getProposalId()).getRevision()
                : em.find(Consultation.class, amendment.getConsultationId()).getCurrentVersion();
    }

    /** The words the amendment was written on. */
    Words base(Amendment amendment) {
        if (amendment.getProposalId() != null) {
            Proposal proposal = em.find(Proposal.class, amendment.getProposalId());
            if (proposal.getRevision() == amendment.getBaseVersion()) {
                return new Words(proposal.getTitle(), proposal.getBody());
            }
            Revision earlier = em.find(Revision.class, new Revision.Key(proposal.getId(), amendment.getBaseVersion()));
            return earlier == null ? Words.NONE : new Words(earlier.getTitle(), earlier.getBody());
        }
        return versions.section(amendment.getConsultationId(), amendment.getSectionId(), amendment.getBaseVersion())
                .map(s -> new Words(s.getTitle(), s.getBody())).orElse(Words.NONE);
    }

    /** The amended words as they are now. */
    Words current(Amendment amendment) {
        if (amendment.getProposalId() != null) {
            Proposal proposal = em.find(Proposal.class, amendment.getProposalId());
            return new Words(proposal.getTitle(), proposal.getBody());
        }
        return versions.section(amendment.getConsultationId(), amendment.getSectionId(), currentVersion(amendment))
                .map(s -> new Words(s.getTitle(), s.getBody())).orElse(Words.NONE);
    }

    /** Whether it amends a section the current version no longer has ({@code current} its words now). */
    private static boolean removed(Amendment amendment, Words current) {
        return amendment.getSectionId() != null && current == Words.NONE;
    }

    /** The title of what it amends: as it is now, or as it was when a later version removed the section. */
    private String targetTitle(Amendment amendment) {
        Words now = current(amendment);
        return now == Words.NONE ? base(amendment).title() : now.title();
    }

    /**
     * The proposal's amendment counter: amendments under evaluation or accepted, but not those moderation hides.
     * Counted under the proposal's lock, so that two amendments written at once are both counted, and written with
     * SQL, so that it never overwrites the proposal's other columns.
     */
    void recount(Long proposalId) {
        if (proposalId == null) {
            return;
        }
        em.flush();
        Proposal proposal = em.find(Proposal.class, proposalId);
        em.refresh(proposal, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Set<String> hidden = moderation.hidden(ConsultationComponent.ID);
        long count = em.createQuery("SELECT a.id FROM Amendment a WHERE a.proposalId = :p AND a.state IN :counted", Long.class)
                .setParameter("p", proposalId)
                .setParameter("counted", List.of(Amendment.State.EVALUATING, Amendment.State.ACCEPTED))
                .getResultStream().filter(id -> !hidden.contains(AmendmentRecords.contributionId(id))).count();
        em.createNativeQuery("UPDATE consultation_proposal SET amendment_count = ?1 WHERE id = ?2")
                .setParameter(1, (int) count).setParameter(2, proposalId).executeUpdate();
        em.refresh(proposal);
    }

    AmendmentViews.AmendmentView view(Amendment a, CitizenRef viewer) {
        Consultation consultation = em.find(Consultation.class, a.getConsultationId());
        Words base = base(a);
        boolean mine = mine(viewer, a);
        boolean evaluating = a.getState() == Amendment.State.EVALUATING;
        boolean amendOpen = consultation.isOpenAt(Instant.now()) && access.isOpen(ConsultationComponent.ID, consultation.getComponentId(), "amend")
                && onPublished(a);
        boolean mayDecide = evaluating && viewer != null && (a.getProposalId() != null
                ? em.find(Proposal.class, a.getProposalId()).getAuthorId() == viewer.id()
                        && !consultation.isClosedAt(Instant.now())
                : Consultations.ofDirectorate(viewer, consultation)
                        && access.isOpen(ConsultationComponent.ID, consultation.getComponentId(), "answer"));
        boolean mayPromote = mine && a.getState() == Amendment.State.REJECTED && a.getPromotedTo() == null
                && consultation.isOpenAt(Instant.now())
                && access.isOpen(ConsultationComponent.ID, consultation.getComponentId(), "propose")
                && ConsultationComponent.promotionAllowed(consultations.instance(viewer, consultation));
        boolean stale = stale(a);
        return new AmendmentViews.AmendmentView(a.getId(), a.getConsultationId(), a.getProposalId(), a.getSectionId(),
                targetTitle(a), a.getBaseVersion(), currentVersion(a), a.getAuthor(),
                a.getTitle(), RichText.html(a.getBody()), a.getExplanation(), state(a), a.getReason(), a.getDecidedAt(),
                a.getResultVersion(), a.getPromotedTo(), a.getCreatedAt(), mine,
                WordDiff.between(base.title(), a.getTitle()),
                WordDiff.between(RichText.plain(base.body()), RichText.plain(a.getBody())),
                mine && a.getState() == Amendment.State.DRAFT && !stale && amendOpen,
                mayDecide && !stale,
                mine && (a.getState() == Amendment.State.DRAFT || evaluating || a.getState() == Amendment.State.OUTDATED),
                mine && amendOpen && !removed(a, current(a)) && (a.getState() == Amendment.State.DRAFT || a.getState() == Amendment.State.OUTDATED
                        || (evaluating && stale)),
                mayPromote);
    }

    /** The shortest title an amendment may give: a section's own rule (one character), or a proposal's. */
    public static int titleMin(boolean onSection) {
        return onSection ? 1 : ConsultationDesk.TITLE_MIN;
    }

    /**
     * The words checked once, by the rules of what they amend: a title on one line of at most 200 characters (at
     * least 5 for a proposal, as a section may be called "Seul"), a text sanitised and not empty within the
     * proposal's or the section's length, an explanation of at most 2,000 characters, and words that change
     * something in {@code base}.
     */
    static AmendmentInput validate(AmendmentInput input, boolean onSection, Words base) {
        if (input == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "amendment.invalid");
        }
        int bodyMax = onSection ? ConsultationDesk.TEXT_MAX : ProposalFiling.BODY_MAX;
        String title = input.title() == null ? "" : input.title().strip();
        if (title.length() < titleMin(onSection) || title.length() > ConsultationDesk.TITLE_MAX
                || TextInput.check(title, false, ConsultationDesk.TITLE_MAX).isPresent()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, onSection ? "section.title" : "amendment.title");
        }
        Legible.requireTitle(title);
        String typed = input.body() == null ? "" : input.body().strip();
        if (typed.length() > bodyMax || TextInput.check(typed, true, bodyMax).isPresent()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "amendment.body", bodyMax);
        }
        String body = RichText.clean(typed);
        if (RichText.plain(body).isBlank()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "amendment.body", bodyMax);
        }
        Legible.requireText(RichText.plain(body));
        String explanation = input.explanation() == null ? "" : input.explanation().strip();
        if (explanation.length() > EXPLANATION_MAX || TextInput.check(explanation, true, EXPLANATION_MAX).isPresent()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "amendment.explanation");
        }
        if (title.equals(base.title()) && WordDiff.same(RichText.plain(base.body()), RichText.plain(body))) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "amendment.unchanged");
        }
        return new AmendmentInput(title, body, explanation.isEmpty() ? null : explanation);
    }

    static String state(Amendment a) {
        return a.getState().name().toLowerCase(Locale.ROOT);
    }

    static boolean mine(CitizenRef viewer, Amendment a) {
        return viewer != null && viewer.id() == a.getAuthorId();
    }

    static Refusal notFound() {
        return Texts.refusal(Refusal.Kind.NOT_FOUND, "amendment.not-found");
    }
}
