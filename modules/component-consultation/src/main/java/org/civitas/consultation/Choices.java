package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;

/**
 * Citizens' answers to closed questions: one option per person (the table's key), changeable until the consultation
 * closes; the counts per option are shown to all. Each answer keeps the district and age band the synthesis counts.
 */
@ApplicationScoped
public class Choices {

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Consultations consultations;

    /** Chooses option {@code index} (from 0) of a closed question, or changes the choice made before. */
    @Transactional
    public TextViews.QuestionView choose(CitizenRef citizen, long questionId, Integer index) {
        Question question = em.find(Question.class, questionId);
        if (question == null) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "question.not-found");
        }
        Consultation consultation = consultations.readable(citizen, question.getConsultationId());
        consultations.requireParticipation(citizen, consultation, "react", null);
        if (question.getKind() != Question.Kind.CLOSED) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "choice.open-question");
        }
        if (index == null || index < 0 || index >= question.optionList().size()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "choice.option", question.optionList().size());
        }
        Participant participant = Participant.of(citizen);
        em.createNativeQuery("INSERT INTO consultation_choice (question_id, citizen_id, option_index, participant_district, "
                        + "age_band, chosen_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (question_id, citizen_id) DO UPDATE "
                        + "SET option_index = EXCLUDED.option_index, chosen_at = EXCLUDED.chosen_at")
                .setParameter(1, questionId).setParameter(2, citizen.id()).setParameter(3, index)
                .setParameter(4, participant.district()).setParameter(5, participant.ageBand())
                .setParameter(6, Timestamp.from(Instant.now())).executeUpdate();
        return view(question, citizen);
    }

    /** A question with its counts and {@code viewer}'s choice. */
    TextViews.QuestionView view(Question question, CitizenRef viewer) {
        List<String> labels = question.optionList();
        long[] counts = new long[labels.size()];
        long total = 0;
        Integer mine = null;
        if (question.getKind() == Question.Kind.CLOSED && question.getId() != null) {
            for (Object row : em.createNativeQuery("SELECT option_index, COUNT(*) FROM consultation_choice "
                    + "WHERE question_id = ?1 GROUP BY option_index").setParameter(1, question.getId()).getResultList()) {
                Object[] cells = (Object[]) row;
                int index = ((Number) cells[0]).intValue();
                long count = ((Number) cells[1]).longValue();
                if (index < counts.length) {
                    counts[index] = count;
                }
                total += count;
            }
            if (viewer != null) {
                List<?> own = em.createNativeQuery("SELECT option_index FROM consultation_choice WHERE question_id = ?1 "
                        + "AND citizen_id = ?2").setParameter(1, question.getId()).setParameter(2, viewer.id()).getResultList();
                mine = own.isEmpty() ? null : ((Number) own.get(0)).intValue();
            }
        }
        List<TextViews.OptionResult> options = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            options.add(new TextViews.OptionResult(i, labels.get(i), counts[i]));
        }
        return new TextViews.QuestionView(question.getId(), question.getPosition(),
                question.getKind().name().toLowerCase(java.util.Locale.ROOT), question.getText(), options, total, mine);
    }
}
