package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerSheetTest {

    @Test
    void answersAreReadFromTheirCodesAndFrenchOrEnglishWords() {
        assertEquals(Optional.of(Proposal.Answer.ACCEPTED), AnswerSheet.answer("ACCEPTED"));
        assertEquals(Optional.of(Proposal.Answer.ACCEPTED), AnswerSheet.answer(" Acceptée "));
        assertEquals(Optional.of(Proposal.Answer.REJECTED), AnswerSheet.answer("rejected"));
        assertEquals(Optional.of(Proposal.Answer.REJECTED), AnswerSheet.answer("REJETÉE"));
        assertEquals(Optional.of(Proposal.Answer.CONSIDERED), AnswerSheet.answer("Prise en compte"));
        assertEquals(Optional.of(Proposal.Answer.CONSIDERED), AnswerSheet.answer("taken into account"));
        assertEquals(Optional.of(Proposal.Answer.CONSIDERED), AnswerSheet.answer("considered"));
        assertEquals(Optional.empty(), AnswerSheet.answer("peut-être"));
        assertEquals(Optional.empty(), AnswerSheet.answer(""));
    }

    @Test
    void aSheetIsReadWithSemicolonsOrCommasAndFrenchHeaders() {
        AnswerSheet.Read semicolons = AnswerSheet.read("\uFEFFproposal_id;answer;text\n12;acceptée;\"Oui; dès 2027\"\n13;REJECTED;Non.\n");
        assertEquals(List.of(), semicolons.problems());
        assertEquals(2, semicolons.lines().size());
        assertEquals("Oui; dès 2027", semicolons.lines().get(0).text());
        assertEquals(Proposal.Answer.REJECTED, semicolons.lines().get(1).answer());

        AnswerSheet.Read commas = AnswerSheet.read("Proposition,Réponse,Texte\r\n14,prise en compte,\"Étudiée, en partie.\"\r\n");
        assertEquals(List.of(), commas.problems());
        assertEquals(14, commas.lines().get(0).proposal());
        assertEquals(Proposal.Answer.CONSIDERED, commas.lines().get(0).answer());
        assertEquals(2, commas.lines().get(0).number());
    }

    @Test
    void everyWrongLineIsListedWithItsNumber() {
        AnswerSheet.Read read = AnswerSheet.read("""
                proposal_id;answer;text
                12;accepted;Bien.
                abc;accepted;Bien.
                13;peut-être;Bien.
                14;rejected;
                12;rejected;Encore.
                """);
        assertEquals(List.of(3, 4, 5, 6), read.problems().stream().map(AnswerSheet.Problem::line).toList());
        assertEquals(List.of("closing.sheet.id", "closing.sheet.answer", "closing.answer.text", "closing.sheet.duplicate"),
                read.problems().stream().map(AnswerSheet.Problem::key).toList());
        assertEquals("peut-être", read.problems().get(1).args()[0]);
    }

    @Test
    void aSheetWithoutHeadersOrLinesOrWithControlCharactersIsRefused() {
        assertEquals("closing.sheet.header", AnswerSheet.read("12;accepted;Bien.\n").problems().get(0).key());
        assertEquals("closing.sheet.empty", AnswerSheet.read("proposal_id;answer;text\n").problems().get(0).key());
        assertEquals("closing.sheet.characters",
                AnswerSheet.read("proposal_id;answer;text\n12;accepted;Bi\u0000en\n").problems().get(0).key());
        assertEquals("closing.sheet.malformed",
                AnswerSheet.read("proposal_id;answer;text\n12;accepted;\"Bien\n").problems().get(0).key());
        assertTrue(AnswerSheet.read("proposal_id;answer;text\n" + "12;accepted;x\n".repeat(1))
                .problems().isEmpty());
    }
}
