package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civitas.consultation.WordDiff.Kind;
import org.civitas.consultation.WordDiff.Part;
import org.junit.jupiter.api.Test;

/** Word-level differences: only the changed words are marked, and the parts rebuild both texts. */
class WordDiffTest {

    @Test
    void aChangedWordIsRemovedThenAddedAndTheRestIsTheSame() {
        List<Part> parts = WordDiff.between("Les pistes font deux mètres.", "Les pistes font trois mètres.");
        assertEquals(List.of(new Part(Kind.SAME, "Les pistes font "), new Part(Kind.REMOVED, "deux"),
                new Part(Kind.ADDED, "trois"), new Part(Kind.SAME, " mètres.")), parts);
    }

    @Test
    void thePartsRebuildTheOlderAndTheNewerText() {
        String older = "Un, deux : trois soleils\nsur la place.";
        String newer = "Un deux ; quatre soleils\nsur la grande place !";
        List<Part> parts = WordDiff.between(older, newer);
        assertEquals(older, rebuild(parts, Kind.ADDED));
        assertEquals(newer, rebuild(parts, Kind.REMOVED));
    }

    @Test
    void sameTextsAndEmptyOnes() {
        assertTrue(WordDiff.same("Rien ne change.", "Rien ne change."));
        assertFalse(WordDiff.same("Rien", "Tout"));
        assertEquals(List.of(new Part(Kind.ADDED, "Nouveau texte")), WordDiff.between("", "Nouveau texte"));
        assertEquals(List.of(new Part(Kind.REMOVED, "Ancien")), WordDiff.between("Ancien", null));
        assertEquals(List.of(), WordDiff.between("", ""));
    }

    private static String rebuild(List<Part> parts, Kind skipped) {
        StringBuilder text = new StringBuilder();
        parts.stream().filter(p -> p.kind() != skipped).forEach(p -> text.append(p.text()));
        return text.toString();
    }
}
