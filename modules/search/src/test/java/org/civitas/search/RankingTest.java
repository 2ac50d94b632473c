package org.civitas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.civitas.search.Ranking.Method;
import org.civitas.search.Ranking.Scored;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final List<Scored<String>> TEXT = List.of(new Scored<>("a", 12), new Scored<>("b", 6), new Scored<>("c", 3));
    private static final List<Scored<String>> SEMANTIC = List.of(new Scored<>("c", 0.9), new Scored<>("d", 0.8), new Scored<>("a", 0.4));

    private static List<String> keys(List<Scored<String>> ranked) {
        return ranked.stream().map(Scored::key).toList();
    }

    @Test
    void reciprocalRankFusionRewardsWhatBothSidesFind() {
        List<Scored<String>> fused = new Ranking(Method.RRF, 20, 0.3, 0.45, 0.5).fuse(TEXT, SEMANTIC);
        // a: 1/61 + 1/63, c: 1/63 + 1/61 (a tie kept in full-text order), then b and d (1/62 each, full-text first)
        assertEquals(List.of("a", "c", "b", "d"), keys(fused));
        assertEquals(1.0 / 61 + 1.0 / 63, fused.get(0).score(), 1e-12);
    }

    @Test
    void weightedSumScalesFullTextToItsBestScore() {
        List<Scored<String>> fused = new Ranking(Method.WEIGHTED, 20, 0.3, 0.45, 0.5).fuse(TEXT, SEMANTIC);
        // a: .5×1 + .5×.4 = .7; c: .5×.25 + .5×.9 = .575; d: .4; b: .25
        assertEquals(List.of("a", "c", "d", "b"), keys(fused));
        assertEquals(0.7, fused.get(0).score(), 1e-12);
        assertEquals(List.of("c", "d", "a", "b"), keys(new Ranking(Method.WEIGHTED, 20, 0.3, 0.45, 0.1).fuse(TEXT, SEMANTIC)));
    }

    @Test
    void singleSidedRankingsIgnoreTheOtherSide() {
        assertEquals(List.of("a", "b", "c"), keys(new Ranking(Method.TEXT, 20, 0.3, 0.45, 0.5).fuse(TEXT, SEMANTIC)));
        assertEquals(List.of("c", "d", "a"), keys(new Ranking(Method.SEMANTIC, 20, 0.3, 0.45, 0.5).fuse(TEXT, SEMANTIC)));
    }

    @Test
    void aNeighbourNoWordFoundNeedsACloseSimilarityToBeAResult() {
        Ranking ranking = new Ranking(Method.WEIGHTED, 20, 0.3, 0.45, 0.5);
        // "pistes cyclables": no word matches anything; the bins in a park are a weak neighbour (0.35), the
        // misspelled bike lanes a close one (0.6)
        List<Scored<String>> neighbours = List.of(new Scored<>("lanes", 0.6), new Scored<>("bins", 0.35));
        assertEquals(List.of("lanes"), keys(ranking.fuse(List.of(), neighbours)));
        assertEquals(List.of("lanes"), keys(new Ranking(Method.RRF, 20, 0.3, 0.45, 0.5).fuse(List.of(), neighbours)));
        // the same weak neighbour stays when the words found it too: the meaning adds to its score
        List<Scored<String>> fused = ranking.fuse(List.of(new Scored<>("bins", 4)), neighbours);
        assertEquals(List.of("bins", "lanes"), keys(fused));
        assertEquals(0.5 + 0.5 * 0.35, fused.get(0).score(), 1e-12);
        // with nearest neighbours only there are no words to match: the plain minimum applies
        assertEquals(List.of("lanes", "bins"), keys(new Ranking(Method.SEMANTIC, 20, 0.3, 0.45, 0.5).fuse(List.of(), neighbours)));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Ranking(Method.RRF, 0, 0.3, 0.45, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Ranking(Method.WEIGHTED, 20, 0.3, 0.45, 1.5));
    }
}
