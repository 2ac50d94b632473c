package org.civitas.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StudySheetTest {

    private static final Study FAVOURABLE = new Study(true, null, true, null, 48_000L, Study.Opinion.FAVOURABLE,
            "Projet utile; conforme au plan « arbres »");
    private static final Study REFUSED = new Study(false, "Dépense de fonctionnement, pas d'investissement", null, null,
            null, Study.Opinion.UNFAVOURABLE, "Hors budget d'investissement");

    private static List<Views.StudyRow> rows() {
        return List.of(
                new Views.StudyRow(1001, "Des arbres, rue \"Mouffetard\"", "Environnement", "75005", 50_000, "FILED", "DEVE", false,
                        FAVOURABLE, Instant.EPOCH, 3),
                new Views.StudyRow(1002, "=HYPERLINK(\"http://x\")", "Autre", "ville", 20_000, "FILED", "DPMP", true, REFUSED,
                        Instant.EPOCH, 1),
                new Views.StudyRow(1003, "Pas encore instruit", "Sport", "75011", 9_000, "FILED", "DJS", false, Study.NONE, null, 0));
    }

    @Test
    void whatIsExportedReadsBackTheSameInEitherLanguage() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            String sheet = StudySheet.write(rows(), locale, code -> code.equals("ville") ? "Toute la ville" : code);
            StudySheet.Read read = StudySheet.read(sheet);
            assertEquals(List.of(), read.problems(), sheet);
            assertEquals(List.of(FAVOURABLE, REFUSED, Study.NONE), read.lines().stream().map(StudySheet.Line::study).toList());
            assertEquals(List.of(1001L, 1002L, 1003L), read.lines().stream().map(StudySheet.Line::project).toList());
        }
    }

    @Test
    void theFrenchSheetOpensInASpreadsheetAsUtf8AndNoCellActsAsAFormula() {
        String sheet = StudySheet.write(rows(), Locale.FRENCH, code -> code);
        assertTrue(sheet.startsWith("\uFEFFN°;Titre;"), sheet);
        assertTrue(sheet.contains(";\"'=HYPERLINK"), "a title starting with = is quoted: " + sheet);
        assertTrue(sheet.contains(";oui;;oui;;48000;favorable;"), sheet);
    }

    @Test
    void aSheetEditedByHandWithCommasAndEnglishWordsIsRead() {
        StudySheet.Read read = StudySheet.read("""
                id,admissible,feasible,city_cost,opinion,justification
                1001,yes,yes,"48 000 €",favourable,Good
                1002,non,,,défavorable,"Pas un investissement"
                """);
        assertEquals(List.of("study.admissible-reason"), read.problems().stream().map(StudySheet.Problem::key).toList());
        assertEquals(3, read.problems().get(0).line());
        assertEquals(new Study(true, null, true, null, 48_000L, Study.Opinion.FAVOURABLE, "Good"), read.lines().get(0).study());
    }

    @Test
    void theSheetCarriesEachProjectsVersionAndRefusesAProjectTwice() {
        StudySheet.Read read = StudySheet.read(StudySheet.write(rows(), Locale.FRENCH, code -> code));
        assertEquals(List.of(3, 1, 0), read.lines().stream().map(StudySheet.Line::version).toList());
        StudySheet.Read twice = StudySheet.read("id;opinion\n1001;\n1001;\n");
        assertEquals(List.of("sheet.duplicate"), twice.problems().stream().map(StudySheet.Problem::key).toList());
        assertEquals(3, twice.problems().get(0).line());
    }

    @Test
    void eachBadLineIsReportedWithItsNumber() {
        StudySheet.Read read = StudySheet.read("""
                N°;Recevable;Avis;Justification
                abc;oui;;
                1002;peut-être;;
                1003;oui;favorable;Bien
                1004;non;;Bi\u0000en
                """);
        assertEquals(List.of("sheet.id", "sheet.value", "study.favourable", "sheet.characters"),
                read.problems().stream().map(StudySheet.Problem::key).toList());
        assertEquals(List.of(2, 3, 4, 5), read.problems().stream().map(StudySheet.Problem::line).toList());
        assertTrue(read.lines().isEmpty());
    }

    @Test
    void aFileWithoutTheHeadersOrUnreadableIsRefusedAsAWhole() {
        assertEquals("sheet.no-id", StudySheet.read("1001;oui;non\n").problems().get(0).key());
        assertEquals("sheet.malformed", StudySheet.read("id;opinion\n1001;\"favorable\n").problems().get(0).key());
        assertTrue(StudySheet.read("").lines().isEmpty());
    }
}
