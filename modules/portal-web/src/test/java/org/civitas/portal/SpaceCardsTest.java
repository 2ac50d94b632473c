package org.civitas.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civitas.core.space.SpaceView;
import org.junit.jupiter.api.Test;

class SpaceCardsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static SpaceView.PhaseView phase(long id, String title, LocalDate from, LocalDate to, boolean current) {
        return new SpaceView.PhaseView(id, (int) id, title, null, from, to, current, null);
    }

    private static SpaceView space(LocalDate from, LocalDate to, List<SpaceView.PhaseView> phases, String... components) {
        List<SpaceView.ComponentView> views = java.util.Arrays.stream(components).map(m -> new SpaceView.ComponentView(1, m,
                m, m, null, true, null, Map.of(), Map.of())).toList();
        return new SpaceView(7, "budget-2027", "Budget participatif 2027", "Proposez, votez.", from, to, true, false,
                null, phases, views, null);
    }

    private static final List<SpaceView.PhaseView> STEPS = List.of(
            phase(1, "Dépôt", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 15), false),
            phase(2, "Étude", LocalDate.of(2027, 1, 16), LocalDate.of(2027, 3, 31), true),
            phase(3, "Vote", LocalDate.of(2027, 4, 1), null, false));

    @Test
    void theCurrentStepsDatesAreWrittenInTheReadersLanguageNeverAsIsoDates() {
        SpaceCards.Card fr = new SpaceCards(Locale.FRENCH, TODAY).card(space(LocalDate.of(2026, 1, 15), LocalDate.of(2027, 12, 31), STEPS));
        assertEquals("Étude", fr.phase());
        assertEquals("du 16 janvier 2027 au 31 mars 2027", fr.phaseDates());
        assertEquals("du 15 janvier 2026 au 31 décembre 2027", fr.spaceDates());
        SpaceCards.Card en = new SpaceCards(Locale.ENGLISH, TODAY).card(space(LocalDate.of(2026, 1, 15), null, STEPS));
        assertEquals("from January 16, 2027 to March 31, 2027", en.phaseDates());
        assertEquals("from January 15, 2026", en.spaceDates());
    }

    @Test
    void theProgressLineMarksStepsBeforeTheCurrentOneDoneAndTheOthersToCome() {
        SpaceCards.Card card = new SpaceCards(Locale.FRENCH, TODAY).card(space(TODAY.minusDays(30), null, STEPS));
        assertEquals(List.of("done", "current", "upcoming"), card.steps().stream().map(SpaceCards.Step::state).toList());
        assertEquals(List.of("terminée", "en cours", "à venir"), card.steps().stream().map(SpaceCards.Step::stateLabel).toList());
        SpaceCards.Card notStarted = new SpaceCards(Locale.ENGLISH, TODAY).card(space(TODAY, null,
                List.of(phase(1, "Workshops", null, null, false))));
        assertEquals("upcoming", notStarted.steps().get(0).state());
        assertNull(notStarted.phase());
    }

    @Test
    void spacesAreOpenUpcomingOrClosedFromTheCitysToday() {
        SpaceCards cards = new SpaceCards(Locale.FRENCH, TODAY);
        assertEquals(SpaceCards.When.OPEN, cards.card(space(TODAY, TODAY, STEPS)).when());
        assertEquals(SpaceCards.When.UPCOMING, cards.card(space(TODAY.plusDays(1), null, STEPS)).when());
        assertEquals(SpaceCards.When.CLOSED, cards.card(space(TODAY.minusDays(9), TODAY.minusDays(1), STEPS)).when());
    }

    @Test
    void aSpaceShowsThePictureOfItsComponentsOrTheCitys() {
        SpaceCards cards = new SpaceCards(Locale.FRENCH, TODAY);
        assertEquals("img/budget.svg", cards.card(space(TODAY, null, STEPS, "probe", "budget")).image());
        assertEquals("img/city.svg", cards.card(space(TODAY, null, STEPS, "probe")).image());
    }
}
