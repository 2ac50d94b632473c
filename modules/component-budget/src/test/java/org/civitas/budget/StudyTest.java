package org.civitas.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StudyTest {

    private static Study study(Boolean admissible, String why, Boolean feasible, String whyNot, Long cost,
                               Study.Opinion opinion, String justification) {
        return new Study(admissible, why, feasible, whyNot, cost, opinion, justification);
    }

    @Test
    void aStudyMayBeFilledInStepByStep() {
        assertTrue(Study.NONE.problem().isEmpty());
        assertTrue(study(true, null, null, null, null, null, null).problem().isEmpty());
        assertTrue(study(true, null, true, null, 42_000L, null, null).problem().isEmpty());
    }

    @Test
    void aNegativeAnswerNeedsItsPublicReason() {
        assertEquals(Optional.of("study.admissible-reason"), study(false, "  ", null, null, null, null, null).problem());
        assertEquals(Optional.of("study.feasible-reason"), study(true, null, false, null, null, null, null).problem());
        assertTrue(study(false, "Dépense de fonctionnement", null, null, null, null, null).problem().isEmpty());
    }

    @Test
    void anOpinionNeedsAJustificationAndAFavourableOneAWholeStudy() {
        assertEquals(Optional.of("study.justification"),
                study(true, null, true, null, 1000L, Study.Opinion.FAVOURABLE, null).problem());
        assertEquals(Optional.of("study.favourable"),
                study(true, null, null, null, 1000L, Study.Opinion.FAVOURABLE, "Utile").problem());
        assertEquals(Optional.of("study.favourable"),
                study(true, null, true, null, null, Study.Opinion.FAVOURABLE, "Utile").problem());
        assertTrue(study(true, null, true, null, 1000L, Study.Opinion.FAVOURABLE, "Utile").problem().isEmpty());
        assertTrue(study(false, "Hors compétence", null, null, null, Study.Opinion.UNFAVOURABLE, "Hors compétence de la Ville")
                .problem().isEmpty());
    }

    @Test
    void costsAndTextsStayInRange() {
        assertEquals(Optional.of("study.city-cost"), study(true, null, true, null, 0L, null, null).problem());
        assertEquals(Optional.of("study.city-cost"), study(true, null, true, null, 10_000_000_001L, null, null).problem());
        assertEquals(Optional.of("study.reason-length"), study(false, "x".repeat(2001), null, null, null, null, null).problem());
        assertEquals(Optional.of("study.justification-length"),
                study(false, "x", null, null, null, Study.Opinion.UNFAVOURABLE, "x".repeat(4001)).problem());
    }

    @Test
    void blankTextsAreNoText() {
        assertEquals(Study.NONE, study(null, " ", null, "", null, null, "\n"));
    }
}
