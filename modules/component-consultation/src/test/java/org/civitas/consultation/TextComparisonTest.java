package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two versions compared section by section: added, removed, changed (word by word), the same, and moved. */
class TextComparisonTest {

    private static SectionText s(long id, int version, int position, String title, String body) {
        return new SectionText(id, 1, version, position, title, body, null);
    }

    @Test
    void eachSectionSaysWhatHappenedToItInTheNewerOrder() {
        List<SectionText> v1 = List.of(s(1, 1, 0, "Article 1", "<p>Deux mètres.</p>"), s(2, 1, 1, "Article 2", "<p>Arceaux.</p>"),
                s(3, 1, 2, "Article 3", "<p>Retiré.</p>"), s(4, 1, 3, "Article 4", "<p>Fin.</p>"));
        List<SectionText> v2 = List.of(s(2, 2, 0, "Article 2", "<p>Arceaux.</p>"), s(1, 2, 1, "Article 1", "<p>Trois mètres.</p>"),
                s(4, 2, 2, "Article 4", "<p>Fin.</p>"), s(5, 2, 3, "Article 5", "<p>Nouveau.</p>"));
        List<TextViews.SectionDiff> diff = TextReading.compare(v1, v2);
        // A removed section stays after the one it followed in the older version.
        assertEquals(List.of(2L, 3L, 1L, 4L, 5L), diff.stream().map(TextViews.SectionDiff::id).toList());
        assertEquals(List.of("same", "removed", "changed", "same", "added"),
                diff.stream().map(TextViews.SectionDiff::change).toList());
        assertTrue(diff.get(0).moved() && diff.get(2).moved(), "articles 1 and 2 swapped places");
        assertFalse(diff.get(3).moved());
        assertEquals(new WordDiff.Part(WordDiff.Kind.REMOVED, "Deux"), diff.get(2).parts().get(0));
        assertEquals(new WordDiff.Part(WordDiff.Kind.ADDED, "Trois"), diff.get(2).parts().get(1));
        assertEquals(List.of(new WordDiff.Part(WordDiff.Kind.REMOVED, "Retiré.")), diff.get(1).parts());
        assertEquals(List.of(new WordDiff.Part(WordDiff.Kind.ADDED, "Nouveau.")), diff.get(4).parts());
    }

    @Test
    void aVersionComparedWithItselfIsTheSameEverywhere() {
        List<SectionText> v1 = List.of(s(1, 1, 0, "A", "<p>x</p>"), s(2, 1, 1, "B", "<p>y</p>"));
        assertTrue(TextReading.compare(v1, v1).stream().allMatch(d -> d.change().equals("same") && !d.moved()));
    }
}
