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
    void eachDistrictAndAgeBandHasItsRowSmallOnesArePooledAndTheNotGivenRowComesLast() {
        Figures f = Figures.of(List.of(
                new Figures.Count("participants", "75011", "18-24", 5),
                new Figures.Count("participants", "75012", "65+", 1),
                new Figures.Count("participants", null, "18-24", 1),
                new Figures.Count("participants", "75011", null, 1),
                new Figures.Count("proposals", "75012", "65+", 1),
                new Figures.Count("proposals", null, "18-24", 1),
                new Figures.Count("proposals", "75011", null, 2),
                new Figures.Count("votes.agree", "75011", "18-24", 3),
                new Figures.Count("votes.mixed", "75011", "18-24", 1),
                new Figures.Count("answers.rejected", null, null, 4)));
        // 75012 has one participant: listing it would say where they live, so it joins the pooled row.
        assertEquals(List.of("75011", Figures.OTHERS), f.byDistrict().subList(0, 2).stream().map(Figures.Row::key).toList());
        assertNull(f.byDistrict().get(2).key());
        Map<String, Figures.Cell> eleventh = f.byDistrict().get(0).counts();
        assertEquals(List.copyOf(eleventh.keySet()), Figures.MAIN);
        // Bands in age order, not text order ("65+" after "18-24"); answers are not counted by person.
        assertEquals(java.util.Arrays.asList("18-24", Figures.OTHERS, null), f.byAgeBand().stream().map(Figures.Row::key).toList());
    }

    @Test
    void aBreakdownPublishesCountsBelowFiveAsSuppressedAndTheTotalsStayExact() {
        Figures f = Figures.of(List.of(
                new Figures.Count("participants", "75011", "25-34", 5),
                new Figures.Count("participants", "75011", "65+", 1),
                new Figures.Count("participants", "75013", "25-34", 1),
                new Figures.Count("comments", "75013", "25-34", 1),
                new Figures.Count("comments", "75011", "25-34", 4),
                new Figures.Count("comments", "75011", "65+", 2),
                new Figures.Count("votes.agree", "75011", "25-34", 3),
                new Figures.Count("votes.mixed", "75011", "25-34", 2),
                new Figures.Count("proposals", "75011", "25-34", 5)));
        Map<String, Figures.Cell> eleventh = f.byDistrict().get(0).counts();
        assertEquals(new Figures.Cell(6L, false), eleventh.get("comments"), "4 and 2 make 6: published");
        assertEquals(new Figures.Cell(5L, false), eleventh.get("votes"), "3 agree and 2 mixed make 5: published");
        assertEquals(new Figures.Cell(5L, false), eleventh.get("proposals"), "five is published");
        assertEquals(new Figures.Cell(null, true), eleventh.get("arguments"), "zero is below five too");
        Map<String, Figures.Cell> thirteenth = f.byDistrict().get(1).counts();
        assertEquals(Figures.OTHERS, f.byDistrict().get(1).key(), "75013's one participant is pooled, not named");
        assertEquals(new Figures.Cell(null, true), thirteenth.get("comments"), "the one comment from 75013");
        Map<String, Figures.Cell> young = f.byAgeBand().get(0).counts();
        assertEquals(new Figures.Cell(null, true), f.byAgeBand().get(1).counts().get("comments"), "two comments from 65+");
        assertEquals(new Figures.Cell(5L, false), young.get("comments"));
        assertEquals(7, f.total("comments"), "totals are exact");
        assertEquals(5, f.total("votes"));
        assertEquals(2, f.total("votes.mixed"));
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
