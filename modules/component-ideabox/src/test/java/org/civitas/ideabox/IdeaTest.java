package org.civitas.ideabox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.SpaceRef;
import org.junit.jupiter.api.Test;

/** The rules the statistics and the public history rely on. */
class IdeaTest {

    private static final Instant FILED = Instant.parse("2027-03-01T09:00:00Z");

    private static Idea filed() {
        Idea idea = new Idea(1, 2, 3, "Camille", new IdeaInput("Des arbres", "Planter des arbres rue de la Roquette.",
                "Espaces verts", "75011", null, null, null), FILED.minusSeconds(600));
        idea.submit(FILED);
        return idea;
    }

    @Test
    void theTimeToFirstDecisionStartsOnlyWithAModeratorsDecision() {
        Idea idea = filed();
        assertEquals(Status.RECEIVED, idea.getStatus());
        assertNull(idea.getFirstDecisionAt(), "filing is not a decision");

        idea.moveTo(Status.INFORMATION_REQUESTED, Step.Kind.INFORMATION_REQUESTED, "Où ?", null, null, FILED.plusSeconds(3600));
        idea.moveTo(Status.UNDER_REVIEW, Step.Kind.ANSWERED, "Au 12.", null, null, FILED.plusSeconds(7200));
        idea.moveTo(Status.ADMISSIBLE, Step.Kind.ADMISSIBLE, null, null, null, FILED.plusSeconds(9000));

        assertEquals(FILED.plusSeconds(3600), idea.getFirstDecisionAt(), "the first decision, not the latest");
        assertEquals(List.of(Step.Kind.FILED, Step.Kind.INFORMATION_REQUESTED, Step.Kind.ANSWERED, Step.Kind.ADMISSIBLE),
                idea.getSteps().stream().map(Step::getKind).toList());
    }

    @Test
    void notesKeepTheStatusAndAreNotDecisions() {
        Idea idea = filed();
        idea.note(Step.Kind.MERGED, new LocalizedText("Une idée semblable a été rapprochée.", "A similar idea was joined."),
                "/x", "x", FILED.plusSeconds(60));
        assertEquals(Status.RECEIVED, idea.getStatus());
        Step merged = idea.lastStep();
        Views.StepView view = new Views.StepView(merged.getAt(), merged.getKind(), merged.getStatus(), merged.getMessage(),
                merged.getMessageEn(), null, null);
        assertEquals("A similar idea was joined.", view.message(Locale.ENGLISH));
        assertEquals("Une idée semblable a été rapprochée.", view.message(Locale.FRENCH));
        Views.StepView typed = new Views.StepView(merged.getAt(), Step.Kind.ADMISSIBLE, Status.ADMISSIBLE, "Étude par la DEVE.",
                null, null, null);
        assertEquals("Étude par la DEVE.", typed.message(Locale.ENGLISH), "a moderator's words stay as written");
        assertEquals(Status.RECEIVED, idea.lastStep().getStatus());
        assertNull(idea.getFirstDecisionAt());
        assertFalse(Step.Kind.PROGRESS.isDecision());
        assertTrue(Step.Kind.REDIRECTED.isDecision());
    }

    @Test
    void finalStatusesAreTheOnesNoDecisionChanges() {
        assertEquals(List.of(Status.NOT_ADMISSIBLE, Status.DUPLICATE, Status.REDIRECTED, Status.WITHDRAWN),
                List.of(Status.values()).stream().filter(Status::isFinal).toList());
        assertFalse(Status.WAITING.contains(Status.ADMISSIBLE), "admissible ideas left the queue");
    }

    @Test
    void categoriesComeFromTheSettingTrimmedWithADefault() {
        ComponentRef box = new ComponentRef(1, "ideabox", "Boîte à idées", new SpaceRef(2, "idees", null),
                Map.of("categories", " Propreté ,Mobilités,, Espaces verts "), Map.of());
        assertEquals(List.of("Propreté", "Mobilités", "Espaces verts"), IdeaBoxComponent.categories(box));
        ComponentRef unset = new ComponentRef(1, "ideabox", "Boîte à idées", new SpaceRef(2, "idees", null), Map.of(), Map.of());
        assertTrue(IdeaBoxComponent.categories(unset).contains("Cadre de vie"));
    }

    @Test
    void readersOfEnglishSeeCategoriesInEnglishWhenTheBoxGivesThem() {
        java.util.Locale en = java.util.Locale.ENGLISH;
        ComponentRef unset = new ComponentRef(1, "ideabox", "Boîte à idées", new SpaceRef(2, "idees", null), Map.of(), Map.of());
        assertEquals("Green spaces", IdeaBoxComponent.categoryName(unset, "Espaces verts", en), "the default list has its own names");
        assertEquals("Espaces verts", IdeaBoxComponent.categoryName(unset, "Espaces verts", java.util.Locale.FRENCH));
        ComponentRef own = new ComponentRef(1, "ideabox", "Boîte à idées", new SpaceRef(2, "idees", null),
                Map.of("categories", "Propreté, Vélo", "categories_en", "Cleanliness, Cycling"), Map.of());
        assertEquals("Cycling", IdeaBoxComponent.categoryName(own, "Vélo", en));
        ComponentRef frenchOnly = new ComponentRef(1, "ideabox", "Boîte à idées", new SpaceRef(2, "idees", null),
                Map.of("categories", "Propreté, Vélo"), Map.of());
        assertEquals("Vélo", IdeaBoxComponent.categoryName(frenchOnly, "Vélo", en), "no English written: the French name");
        assertEquals("Ancienne", IdeaBoxComponent.categoryName(own, "Ancienne", en), "a category no longer listed keeps its name");
    }
}
