package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Notifier;
import org.civitas.spi.Refusal;

/**
 * The city's answers to proposals once the consultation is closed: accepted, rejected or taken into account, each
 * with a public text, given by the consultation's directorate one by one, to several proposals at once, or from a
 * spreadsheet. Several at once is all or nothing. Each author is told.
 */
@ApplicationScoped
public class Answers {

    static final int BULK_MAX = 500;
    private static final int EXCERPT = 300;

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Consultations consultations;
    @Inject
    ProposalFiling filing;
    @Inject
    ModerationStatus moderation;
    @Inject
    Notifier notifier;
    @Inject
    AuditTrail audit;

    /** A proposal's answer, as anyone who reads the proposal may read it (all null before it is answered). */
    @Transactional
    public ClosingViews.AnswerView get(CitizenRef viewer, long proposalId) {
        return view(filing.readable(viewer, proposalId));
    }

    /**
     * The answer desk: the consultation's published and withdrawn proposals, with their counters and answers, for
     * its directorate; hidden proposals are left out, as everywhere.
     */
    @Transactional
    public List<Row> desk(CitizenRef agent, long consultationId) {
        Consultation consultation = consultations.readable(agent, consultationId);
        consultations.requireDirectorate(agent, consultation, "answer");
        Hidden hidden = Hidden.of(moderation.hidden(ConsultationComponent.ID));
        return em.createQuery("SELECT p FROM Proposal p WHERE p.consultationId = :c AND p.status <> :draft ORDER BY p.id",
                        Proposal.class).setParameter("c", consultationId).setParameter("draft", Proposal.Status.DRAFT)
                .getResultList().stream().filter(p -> !hidden.proposals().contains(p.getId())).map(Row::of).toList();
    }

    /** A proposal on the answer desk. */
    public record Row(long id, String title, String author, String status, int agree, int mixed, int disagree,
                      int arguments, int amendments, int comments, String answer, String answerText, Instant answeredAt) {
        static Row of(Proposal p) {
            return new Row(p.getId(), p.getTitle(), p.getAuthor(), code(p.getStatus()), p.getAgreeCount(), p.getMixedCount(),
                    p.getDisagreeCount(), p.getArgumentCount(), p.getAmendmentCount(), p.getCommentCount(),
                    p.getAnswer() == null ? null : code(p.getAnswer()), p.getAnswerText(), p.getAnsweredAt());
        }
    }

    /** Answers one proposal (again, if it was already: the new answer replaces the old one, and its author is told). */
    @Transactional
    public ClosingViews.AnswerView answer(CitizenRef agent, long proposalId, ClosingViews.AnswerForm form) {
        Proposal proposal = em.find(Proposal.class, proposalId);
        if (proposal == null || proposal.getStatus() == Proposal.Status.DRAFT) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "proposal.not-found");
        }
        closed(agent, proposal.getConsultationId());
        Proposal.Answer answer = kind(form == null ? null : form.answer());
        String text = text(form.text(), false);
        give(agent, proposal, answer, text, Instant.now());
        return view(proposal);
    }

    /** One answer to several proposals of one consultation: all of them, or none when one is not the consultation's. */
    @Transactional
    public int answerAll(CitizenRef agent, long consultationId, ClosingViews.BulkAnswerForm form) {
        closed(agent, consultationId);
        if (form == null || form.proposals() == null || form.proposals().isEmpty() || form.proposals().size() > BULK_MAX
                || form.proposals().contains(null)) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "closing.bulk.none");
        }
        Proposal.Answer answer = kind(form.answer());
        String text = text(form.text(), false);
        Map<Long, Proposal> found = answerable(consultationId, form.proposals());
        List<String> strangers = form.proposals().stream().distinct().filter(id -> !found.containsKey(id))
                .map(String::valueOf).toList();
        if (!strangers.isEmpty()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "closing.answer.proposal", String.join(", ", strangers));
        }
        Instant now = Instant.now();
        found.values().forEach(p -> give(agent, p, answer, text, now));
        return found.size();
    }

    /**
     * Answers from a spreadsheet ({@link AnswerSheet}): every line is checked, and the answers are written only when
     * no line has a problem; the refusal lists each problem with its line. Returns how many proposals were answered.
     */
    @Transactional
    public int importSheet(CitizenRef agent, long consultationId, String sheet) {
        closed(agent, consultationId);
        AnswerSheet.Read read = AnswerSheet.read(sheet);
        List<AnswerSheet.Problem> problems = new ArrayList<>(read.problems());
        Map<Long, Proposal> found = answerable(consultationId, read.lines().stream().map(AnswerSheet.Line::proposal).toList());
        for (AnswerSheet.Line line : read.lines()) {
            if (!found.containsKey(line.proposal())) {
                problems.add(new AnswerSheet.Problem(line.number(), "closing.answer.proposal", Long.toString(line.proposal())));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(AnswerSheet.Problem::line));
            throw sheetRefusal(problems);
        }
        Instant now = Instant.now();
        for (AnswerSheet.Line line : read.lines()) {
            give(agent, found.get(line.proposal()), line.answer(), RichText.fromPlain(line.text()), now);
        }
        return read.lines().size();
    }

    /** Refuses unless {@code agent} is of the consultation's directorate and it is closed; locks it for the answers. */
    Consultation closed(CitizenRef agent, long consultationId) {
        Consultation consultation = consultations.readable(agent, consultationId);
        consultations.requireDirectorate(agent, consultation, "answer");
        if (!consultation.isClosedAt(Instant.now())) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "closing.not-closed");
        }
        return consultations.locked(agent, consultationId);
    }

    static Proposal.Answer kind(String word) {
        if (word == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "closing.answer.invalid");
        }
        return AnswerSheet.answer(word).orElseThrow(() -> Texts.refusal(Refusal.Kind.BAD_INPUT, "closing.answer.kind"));
    }

    /** Rich text, sanitised, required and limited; {@code plain} for a spreadsheet's cell. */
    static String text(String typed, boolean plain) {
        if (typed == null || typed.isBlank() || typed.length() > AnswerSheet.TEXT_MAX) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "closing.answer.text");
        }
        String html = plain ? RichText.fromPlain(typed) : RichText.clean(typed);
        if (RichText.plain(html).isBlank()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "closing.answer.text");
        }
        return html;
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private Map<Long, Proposal> answerable(long consultationId, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p FROM Proposal p WHERE p.id IN :ids AND p.consultationId = :c AND p.status <> :draft",
                        Proposal.class).setParameter("ids", ids).setParameter("c", consultationId)
                .setParameter("draft", Proposal.Status.DRAFT).getResultList().stream()
                .collect(Collectors.toMap(Proposal::getId, Function.identity()));
    }

    private void give(CitizenRef agent, Proposal proposal, Proposal.Answer answer, String html, Instant now) {
        proposal.answer(answer, html, now);
        // The answer is in the action, so the audit log names it in the reader's language.
        audit.record(agent, "consultation.answered." + answer.name().toLowerCase(java.util.Locale.ROOT), "proposal",
                proposal.getId().toString(), null, null);
        if (!Proposal.ANONYMOUS.equals(proposal.getAuthor())) {
            String excerpt = RichText.plain(html);
            String said = excerpt.length() > EXCERPT ? excerpt.substring(0, EXCERPT) + "…" : excerpt;
            LocalizedText body = new LocalizedText(
                    Texts.text(Locale.FRENCH, "closing.notice.body", Texts.text(Locale.FRENCH, "closing.answer." + answer.name()), said),
                    Texts.text(Locale.ENGLISH, "closing.notice.body", Texts.text(Locale.ENGLISH, "closing.answer." + answer.name()), said));
            notifier.notify(proposal.getAuthorId(), Notifier.Kind.CONTRIBUTION,
                    Texts.localized("closing.notice.subject", proposal.getTitle()), body,
                    ConsultationComponent.proposalPath(proposal.getId()));
        }
    }

    private static ClosingViews.AnswerView view(Proposal p) {
        return new ClosingViews.AnswerView(p.getId(), p.getTitle(), p.getAnswer() == null ? null : code(p.getAnswer()),
                p.getAnswerText(), p.getAnsweredAt());
    }

    /** The sheet's problems, at most twenty, each with its line, in one refusal. */
    private static Refusal sheetRefusal(List<AnswerSheet.Problem> problems) {
        StringBuilder fr = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (AnswerSheet.Problem problem : problems.subList(0, Math.min(20, problems.size()))) {
            fr.append(Texts.text(Locale.FRENCH, "closing.sheet.line", String.valueOf(problem.line()),
                    Texts.text(Locale.FRENCH, problem.key(), problem.args()))).append(' ');
            en.append(Texts.text(Locale.ENGLISH, "closing.sheet.line", String.valueOf(problem.line()),
                    Texts.text(Locale.ENGLISH, problem.key(), problem.args()))).append(' ');
        }
        return new Refusal(Refusal.Kind.BAD_INPUT, "consultation.closing.sheet.problems", new LocalizedText(
                Texts.text(Locale.FRENCH, "closing.sheet.problems", problems.size(), fr.toString().strip()),
                Texts.text(Locale.ENGLISH, "closing.sheet.problems", problems.size(), en.toString().strip())));
    }
}
