package org.civitas.core.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

/** The order and dates of a space's phases. */
class SpaceTest {

    private final Space space = new Space("budget-2027", LocalizedText.french("Budget participatif 2027"),
            LocalizedText.french("Proposez, votez."), LocalDate.of(2027, 1, 1), null, Instant.EPOCH);
    private final Phase filing = space.addPhase(LocalizedText.french("Dépôt des idées"), null, null, null);
    private final Phase study = space.addPhase(LocalizedText.french("Analyse par les services"), null, null, null);
    private final Phase vote = space.addPhase(new LocalizedText("Vote", "Vote"), null, null, null);

    private List<String> order() {
        return space.getPhases().stream().sorted(java.util.Comparator.comparingInt(Phase::getPosition))
                .map(Phase::getTitle).toList();
    }

    @Test
    void aPhaseMovesUpOrDownAndThePositionsStayOneToN() {
        space.movePhase(vote, 1);
        assertEquals(List.of("Vote", "Dépôt des idées", "Analyse par les services"), order());
        space.movePhase(vote, 2);
        assertEquals(List.of("Dépôt des idées", "Vote", "Analyse par les services"), order());
        space.movePhase(filing, 3);
        assertEquals(List.of("Vote", "Analyse par les services", "Dépôt des idées"), order());
        assertEquals(List.of(1, 2, 3), space.getPhases().stream().map(Phase::getPosition).sorted().toList());
    }

    @Test
    void aPhaseCannotMoveBeyondTheFirstOrTheLastPlace() {
        Refusal before = assertThrows(Refusal.class, () -> space.movePhase(filing, 0));
        assertEquals("space.phase.position.invalid", before.code());
        assertThrows(Refusal.class, () -> space.movePhase(vote, 4));
        assertEquals(List.of("Dépôt des idées", "Analyse par les services", "Vote"), order());
    }

    @Test
    void removingAPhaseClosesTheGap() {
        space.removePhase(study);
        assertEquals(List.of("Dépôt des idées", "Vote"), order());
        assertEquals(2, vote.getPosition());
    }

    @Test
    void aPhaseIsRenamedAndDatedButCannotEndBeforeItStarts() {
        study.describe(new LocalizedText("  Étude par les directions ", " "), null, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 1));
        assertEquals("Étude par les directions", study.getTitle());
        assertEquals("Étude par les directions", study.title().in(Locale.ENGLISH), "no English written: French shown");
        study.describe(new LocalizedText("Étude par les directions", "Study by the departments"), null, null, null);
        assertEquals("Study by the departments", study.title().in(Locale.ENGLISH));
        study.describe(new LocalizedText("Étude par les directions", null), null, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 1));
        assertEquals(LocalDate.of(2027, 3, 1), study.getEndsOn());
        Refusal backwards = assertThrows(Refusal.class,
                () -> study.describe(LocalizedText.french("Étude"), null, LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 1)));
        assertEquals("space.dates.invalid", backwards.code());
        assertEquals("Étude par les directions", study.getTitle(), "a refused change changes nothing");
        assertEquals("space.title.invalid", assertThrows(Refusal.class,
                () -> study.describe(LocalizedText.french(" "), null, null, null)).code());
    }

    @Test
    void anArchivedSpaceIsReadOnlyUntilRestored() {
        space.archive(true);
        assertEquals("space.archived", assertThrows(Refusal.class, space::requireEditable).code());
        space.archive(false);
        space.requireEditable();
    }
}
