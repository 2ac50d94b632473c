package org.civitas.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void totalsAddUpKindsAndCountWhatWasNeverCountedAsZero() {
        Figures f = Figures.of(List.of(
                new Figures.Count("proposals", "75011", "25-34", 2),
                new Figures.Count("proposals", "75012", "65+", 1),
                new Figures.Count("votes.agree", "75011", "25-34", 3),
                new Figures.Count("votes.disagree", null, null, 1),
                new Figures.Count("amendments.accepted", "75012", "65+", 1),
                new Figures.Count("amendments.rejected", "75012", "65+", 2),
                new Figures.Count("answers.accepted", null, null, 1),
                new Figures.Count("participants", "75011", "25-34", 4)));
        assertEquals(3, f.total("proposals"));
        assertEquals(4, f.total("votes"));
        assertEquals(3, f.total("votes.agree"));
        assertEquals(0, f.total("votes.mixed"));
        assertEquals(3, f.total("amendments"));
        assertEquals(0, f.total("comments"));
        assertEquals(0, f.total("arguments"));
        assertEquals(1, f.total("answers.accepted"));
        assertEquals(2, f.total("answers.unanswered"));
        assertEquals(List.copyOf(f.totals().keySet()).subList(0, 6), Figures.MAIN);
    }

    @Test
    void eachDistrictAndAgeBandHasItsRowAndTheNotGivenRowComesLast() {
        Figures f = Figures.of(List.of(
                new Figures.Count("proposals", "75012", "65+", 1),
                new Figures.Count("proposals", null, "18-24", 1),
                new Figures.Count("proposals", "75011", null, 2),
                new Figures.Count("votes.agree", "75011", "18-24", 3),
                new Figures.Count("votes.mixed", "75011", "18-24", 1),
                new Figures.Count("answers.rejected", null, null, 4)));
        assertEquals(List.of("75011", "75012"), f.byDistrict().subList(0, 2).stream().map(Figures.Row::key).toList());
        assertNull(f.byDistrict().get(2).key());
        Map<String, Long> eleventh = f.byDistrict().get(0).counts();
        assertEquals(2, eleventh.get("proposals"));
        assertEquals(4, eleventh.get("votes"));
        assertEquals(0, eleventh.get("comments"));
        assertEquals(1, f.byDistrict().get(2).counts().get("proposals"));
        // Bands in age order, not text order ("65+" after "18-24"); answers are not counted by person.
        assertEquals(java.util.Arrays.asList("18-24", "65+", null), f.byAgeBand().stream().map(Figures.Row::key).toList());
        assertEquals(4, f.byAgeBand().get(0).counts().get("votes"));
        assertEquals(2, f.byAgeBand().get(2).counts().get("proposals"));
    }

    @Test
    void nothingCountedGivesZerosAndNoRows() {
        Figures f = Figures.of(List.of());
        assertEquals(0, f.total("participants"));
        assertEquals(0, f.total("answers.unanswered"));
        assertEquals(List.of(), f.byDistrict());
        assertEquals(List.of(), f.byAgeBand());
    }
}
