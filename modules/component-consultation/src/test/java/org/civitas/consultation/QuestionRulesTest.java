package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

/** A closed question offers 2 to 20 different one-line options of 200 characters at most; open ones none. */
class QuestionRulesTest {

    @Test
    void twoToTwentyOptionsAreKeptStrippedAndBlankOnesDropped() {
        assertEquals(List.of("Oui", "Non"), QuestionDesk.options(Question.Kind.CLOSED, Arrays.asList(" Oui ", "", null, "Non")));
        List<String> twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> "Option " + i).toList();
        assertEquals(20, QuestionDesk.options(Question.Kind.CLOSED, twenty).size());
        assertEquals(List.of(), QuestionDesk.options(Question.Kind.OPEN, List.of("ignorée")));
    }

    @Test
    void tooFewTooManyTooLongOrRepeatedOptionsAreRefused() {
        List<String> twentyOne = new ArrayList<>(IntStream.rangeClosed(1, 21).mapToObj(i -> "Option " + i).toList());
        Refusal many = assertThrows(Refusal.class, () -> QuestionDesk.options(Question.Kind.CLOSED, twentyOne));
        assertEquals(Refusal.Kind.BAD_INPUT, many.kind());
        assertTrue(many.text().fr().contains("20") && many.text().en().contains("20"), many.text().en());
        assertThrows(Refusal.class, () -> QuestionDesk.options(Question.Kind.CLOSED, List.of("Seule")));
        assertThrows(Refusal.class, () -> QuestionDesk.options(Question.Kind.CLOSED, null));
        assertEquals("consultation.question.option", assertThrows(Refusal.class,
                () -> QuestionDesk.options(Question.Kind.CLOSED, List.of("Oui", "n".repeat(201)))).code());
        assertEquals("consultation.question.option", assertThrows(Refusal.class,
                () -> QuestionDesk.options(Question.Kind.CLOSED, List.of("Oui", "deux\nlignes"))).code());
        assertEquals("consultation.question.option-twice", assertThrows(Refusal.class,
                () -> QuestionDesk.options(Question.Kind.CLOSED, List.of("Oui", "oui"))).code());
    }

    @Test
    void aQuestionIsOpenOrClosedWithAText() {
        assertEquals(Question.Kind.CLOSED, QuestionDesk.kind(new QuestionInput("Closed", "Q ?", null)));
        assertThrows(Refusal.class, () -> QuestionDesk.kind(new QuestionInput("maybe", "Q ?", null)));
        assertThrows(Refusal.class, () -> QuestionDesk.text(new QuestionInput("open", "x".repeat(501), null)));
        assertThrows(Refusal.class, () -> QuestionDesk.text(new QuestionInput("open", "  ", null)));
    }

    @Test
    void questionsAreLockedOnceThePublishedConsultationHasOpened() {
        Instant now = Instant.now();
        Consultation draft = new Consultation(1, 1, "DVD", "Plan vélo", "<p>x</p>", now.minus(1, ChronoUnit.DAYS),
                now.plus(9, ChronoUnit.DAYS), 1, now);
        QuestionDesk.requireStructureOpen(draft);
        Consultation upcoming = new Consultation(1, 1, "DVD", "Plan vélo", "<p>x</p>", now.plus(1, ChronoUnit.DAYS),
                now.plus(9, ChronoUnit.DAYS), 1, now);
        upcoming.publish();
        QuestionDesk.requireStructureOpen(upcoming);
        draft.publish();
        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, () -> QuestionDesk.requireStructureOpen(draft)).kind());
    }

    @Test
    void aClosedQuestionKeepsItsOptionsInOrder() {
        Question question = new Question(1, 0, Question.Kind.CLOSED, "Où ?", List.of("Ici", "Là"));
        assertEquals(List.of("Ici", "Là"), question.optionList());
        question.edit(Question.Kind.OPEN, "Où ?", List.of());
        assertEquals(List.of(), question.optionList());
    }
}
