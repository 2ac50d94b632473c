package org.civitas.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

/** The co-construction rules: what may be merged, and what a merge does to an original. */
class CoConstructionTest {

    private static Project project(long budget, String title, String envelope, Project.Status status) {
        return new Project(budget, 1, 7, "porteuse", new ProjectInput(title, "Une description assez longue.", "Autre",
                envelope, 1000L, null, null, null), status, null, null, Instant.now());
    }

    private static Refusal refusal(long budget, Project... projects) {
        return assertThrows(Refusal.class, () -> CoConstruction.checkMergeable(budget, List.of(projects)));
    }

    @Test
    void filedProjectsOfOneEnvelopeOfTheBudgetMayBeMerged() {
        CoConstruction.checkMergeable(3, List.of(project(3, "Des arbres", "75005", Project.Status.FILED),
                project(3, "Des bancs", "75005", Project.Status.FILED)));
    }

    @Test
    void projectsOfAnotherBudgetOrEnvelopeAreRefusedAsAConflict() {
        Refusal budget = refusal(3, project(3, "Des arbres", "75005", Project.Status.FILED),
                project(4, "Des bancs", "75005", Project.Status.FILED));
        assertEquals("budget.merge.other-budget", budget.code());
        assertEquals(409, budget.kind().status);
        Refusal envelope = refusal(3, project(3, "Des arbres", "75005", Project.Status.FILED),
                project(3, "Des bancs", "ville", Project.Status.FILED));
        assertEquals("budget.merge.envelope", envelope.code());
        assertTrue(envelope.text().en().contains("same envelope"), envelope.text().en());
    }

    @Test
    void onlyFiledProjectsMayBeMergedAndTheReasonNamesTheProject() {
        Project filed = project(3, "Des arbres", "75005", Project.Status.FILED);
        assertEquals("budget.merge.draft", refusal(3, filed, project(3, "Privé", "75005", Project.Status.DRAFT)).code());
        Refusal selected = refusal(3, filed, project(3, "Des bancs", "75005", Project.Status.SELECTED));
        assertEquals("budget.merge.not-filed", selected.code());
        assertTrue(selected.text().fr().contains("« Des bancs »"), selected.text().fr());
        assertEquals("budget.merge.not-filed", refusal(3, filed, project(3, "Une fontaine", "75005", Project.Status.WON)).code());
        Project merged = project(3, "Un kiosque", "75005", Project.Status.FILED);
        merged.mergeInto(99);
        Refusal already = refusal(3, filed, merged);
        assertEquals("budget.merge.already", already.code());
        assertTrue(already.text().en().contains("\"Un kiosque\""), already.text().en());
    }

    @Test
    void aMergedProjectPointsToItsMergeAndCannotBeMergedTwice() {
        Project original = project(3, "Des arbres", "75005", Project.Status.FILED);
        assertNull(original.getMergedInto());
        original.mergeInto(42);
        assertEquals(Project.Status.MERGED, original.getStatus());
        assertEquals(42L, original.getMergedInto());
        assertThrows(IllegalStateException.class, () -> original.mergeInto(43));
        assertEquals(42L, original.getMergedInto(), "still where it went first");
    }

    @Test
    void historyKindsAreLowerCaseWordsAndDetailsAreBounded() {
        ProjectHistory.checkKind(ProjectHistory.MERGED_INTO, null);
        ProjectHistory.checkKind("study-started", "Étude confiée à la direction des espaces verts.");
        assertThrows(IllegalArgumentException.class, () -> ProjectHistory.checkKind("MERGED", null));
        assertThrows(IllegalArgumentException.class, () -> ProjectHistory.checkKind(null, null));
        assertThrows(IllegalArgumentException.class, () -> ProjectHistory.checkKind("a--b", null));
        assertThrows(IllegalArgumentException.class, () -> ProjectHistory.checkKind("filed", "x".repeat(2001)));
    }
}
