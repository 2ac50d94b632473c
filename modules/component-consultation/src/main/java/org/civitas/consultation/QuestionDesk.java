package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;

/**
 * The questions a directorate puts with its text: open ones (answered by proposals) and closed ones (2 to 20
 * options). Once the consultation is public and its opening day has come, people may have answered: its questions
 * are no longer added, removed, moved or given other options, only reworded.
 */
@ApplicationScoped
public class QuestionDesk {

    static final int TEXT_MAX = 500;
    static final int OPTIONS_MIN = 2;
    static final int OPTIONS_MAX = 20;
    static final int OPTION_MAX = 200;

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Consultations consultations;
    @Inject
    Choices choices;
    @Inject
    AuditTrail audit;

    /** Adds a question after the others. */
    @Transactional
    public TextViews.QuestionView add(CitizenRef agent, long consultationId, QuestionInput input) {
        Consultation consultation = writable(agent, consultationId);
        Question.Kind kind = kind(input);
        String text = text(input);
        List<String> options = options(kind, input.options());
        requireStructureOpen(consultation);
        int position = count(consultationId);
        Question question = new Question(consultationId, position, kind, text, options);
        em.persist(question);
        em.flush();
        audit.record(agent, "consultation.question-added", "consultation", Long.toString(consultationId), null, null);
        return choices.view(question, agent);
    }

    /** Rewrites a question; once the consultation is open, its kind and number of options stay. */
    @Transactional
    public TextViews.QuestionView edit(CitizenRef agent, long questionId, QuestionInput input) {
        Question question = question(questionId);
        Consultation consultation = writable(agent, question.getConsultationId());
        Question.Kind kind = kind(input);
        String text = text(input);
        List<String> options = options(kind, input.options());
        if (kind != question.getKind() || options.size() != question.optionList().size()) {
            requireStructureOpen(consultation);
        }
        question.edit(kind, text, options);
        return choices.view(question, agent);
    }

    /** Moves a question one place {@code up} or {@code down}. */
    @Transactional
    public List<TextViews.QuestionView> move(CitizenRef agent, long questionId, String direction) {
        Question question = question(questionId);
        Consultation consultation = writable(agent, question.getConsultationId());
        boolean up = ConsultationDesk.up(direction);
        requireStructureOpen(consultation);
        List<Question> order = new ArrayList<>(questions(consultation.getId()));
        int at = order.indexOf(question);
        int to = up ? at - 1 : at + 1;
        if (to >= 0 && to < order.size()) {
            order.set(at, order.get(to));
            order.set(to, question);
        }
        return renumber(order, agent);
    }

    /** Removes a question before anyone could answer it. */
    @Transactional
    public List<TextViews.QuestionView> remove(CitizenRef agent, long questionId) {
        Question question = question(questionId);
        Consultation consultation = writable(agent, question.getConsultationId());
        requireStructureOpen(consultation);
        em.remove(question);
        em.flush();
        return renumber(new ArrayList<>(questions(consultation.getId())), agent);
    }

    /** The consultation's questions, in order, with their results. */
    @Transactional
    public List<TextViews.QuestionView> list(CitizenRef viewer, long consultationId) {
        consultations.readable(viewer, consultationId);
        return questions(consultationId).stream().map(q -> choices.view(q, viewer)).toList();
    }

    List<Question> questions(long consultationId) {
        return em.createQuery("SELECT q FROM Question q WHERE q.consultationId = :c ORDER BY q.position, q.id", Question.class)
                .setParameter("c", consultationId).getResultList();
    }

    /** A closed question's options checked: 2 to 20, each of 1 to 200 characters on one line, all different. */
    static List<String> options(Question.Kind kind, List<String> typed) {
        if (kind == Question.Kind.OPEN) {
            return List.of();
        }
        List<String> options = typed == null ? List.of()
                : typed.stream().map(o -> o == null ? "" : o.strip()).filter(o -> !o.isEmpty()).toList();
        if (options.size() < OPTIONS_MIN || options.size() > OPTIONS_MAX) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "question.options", OPTIONS_MIN, OPTIONS_MAX);
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (option.length() > OPTION_MAX || option.contains("\n") || option.contains("\r")) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "question.option", OPTION_MAX);
            }
            if (!seen.add(option.toLowerCase(Locale.ROOT))) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "question.option-twice", option);
            }
        }
        return options;
    }

    static Question.Kind kind(QuestionInput input) {
        if (input == null || input.kind() == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "question.kind");
        }
        return switch (input.kind().strip().toLowerCase(Locale.ROOT)) {
            case "open" -> Question.Kind.OPEN;
            case "closed" -> Question.Kind.CLOSED;
            default -> throw Texts.refusal(Refusal.Kind.BAD_INPUT, "question.kind");
        };
    }

    static String text(QuestionInput input) {
        String text = input.text() == null ? "" : input.text().strip();
        if (text.isEmpty() || text.length() > TEXT_MAX) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "question.text", TEXT_MAX);
        }
        return text;
    }

    /** People may have answered once it is public and its opening day has come. */
    static void requireStructureOpen(Consultation consultation) {
        if (consultation.getStatus() == Consultation.Status.PUBLISHED && !Instant.now().isBefore(consultation.getOpensAt())) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "question.locked");
        }
    }

    private Consultation writable(CitizenRef agent, long consultationId) {
        Consultation consultation = consultations.locked(agent, consultationId);
        consultations.requireDirectorate(agent, consultation, "open");
        return consultation;
    }

    private Question question(long questionId) {
        Question question = em.find(Question.class, questionId);
        if (question == null) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "question.not-found");
        }
        return question;
    }

    private int count(long consultationId) {
        return em.createQuery("SELECT COUNT(q) FROM Question q WHERE q.consultationId = :c", Long.class)
                .setParameter("c", consultationId).getSingleResult().intValue();
    }

    private List<TextViews.QuestionView> renumber(List<Question> order, CitizenRef viewer) {
        for (int i = 0; i < order.size(); i++) {
            order.get(i).moveTo(i);
        }
        em.flush();
        return order.stream().map(q -> choices.view(q, viewer)).toList();
    }
}
