package org.civitas.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How full-text and semantic results are combined into one ranking. Engines produce the two ranked lists
 * (best first, with their raw scores) and this fuses them, so Lucene and Elasticsearch rank alike.
 * docs/benchmarks.md compares the methods on a French set: both fusions beat either side alone, and the
 * weighted sum (the default) was never worse than reciprocal-rank fusion while keeping rare exact words
 * (a street, a name) on top, where RRF let a close paraphrase outrank them.
 *
 * @param semanticCandidates how many nearest neighbours the semantic side contributes
 * @param minSimilarity      neighbours below this cosine are left out (depends on the model)
 * @param aloneMinSimilarity a neighbour that none of the query's words found needs at least this cosine to be a
 *                           result (see {@link #admitted})
 * @param textWeight         share of the full-text score in {@link Method#WEIGHTED} (0..1)
 */
public record Ranking(Method method, int semanticCandidates, double minSimilarity, double aloneMinSimilarity,
                      double textWeight) {

    public enum Method {
        /** Reciprocal-rank fusion: Σ 1/(60 + rank). Needs no score calibration. */
        RRF,
        /** textWeight × BM25 / best BM25 + (1 − textWeight) × cosine. */
        WEIGHTED,
        /** Full text only (BM25), for comparison and for deployments without a model. */
        TEXT,
        /** Nearest neighbours only, for comparison. */
        SEMANTIC
    }

    /** The constant of reciprocal-rank fusion, as in Cormack et al. (2009). */
    static final int RRF_K = 60;

    public static final Ranking DEFAULT = new Ranking(Method.WEIGHTED, 20, 0.3, 0.45, 0.5);

    public Ranking {
        if (semanticCandidates < 1 || textWeight < 0 || textWeight > 1) {
            throw new IllegalArgumentException("Invalid ranking settings");
        }
    }

    public boolean usesText() {
        return method != Method.SEMANTIC;
    }

    public boolean usesVectors() {
        return method != Method.TEXT;
    }

    /** One result of one side: a document key and that side's score (BM25, or cosine for the semantic side). */
    public record Scored<K>(K key, double score) {
    }

    /**
     * The neighbours that may stand as results. One the words also found always may; one found by meaning alone
     * needs {@code aloneMinSimilarity}, so that a weak neighbour never makes a result when the words match
     * nothing ("pistes cyclables" must not bring bins in a park: with all-MiniLM-L6-v2, unrelated French texts
     * sit between 0.3 and 0.45, while a misspelling of a contribution's words stays above 0.5). With
     * {@link Method#SEMANTIC} there are no words to match, and only {@code minSimilarity} applies.
     */
    public <K> List<Scored<K>> admitted(List<Scored<K>> text, List<Scored<K>> semantic) {
        if (!usesText()) {
            return semantic;
        }
        Set<K> matched = new HashSet<>();
        text.forEach(s -> matched.add(s.key()));
        return semantic.stream().filter(s -> matched.contains(s.key()) || s.score() >= aloneMinSimilarity).toList();
    }

    /** The fused ranking of the text results and the {@link #admitted} neighbours, best first; each key appears once. */
    public <K> List<Scored<K>> fuse(List<Scored<K>> text, List<Scored<K>> neighbours) {
        List<Scored<K>> semantic = admitted(text, neighbours);
        Map<K, Double> fused = new LinkedHashMap<>();
        switch (method) {
            case TEXT -> text.forEach(s -> fused.put(s.key(), s.score()));
            case SEMANTIC -> semantic.forEach(s -> fused.put(s.key(), s.score()));
            case RRF -> {
                addReciprocalRanks(fused, text);
                addReciprocalRanks(fused, semantic);
            }
            case WEIGHTED -> {
                double best = text.stream().mapToDouble(Scored::score).max().orElse(1);
                Map<K, Double> parts = new HashMap<>();
                for (Scored<K> s : text) {
                    parts.merge(s.key(), textWeight * (best > 0 ? s.score() / best : 0), Double::sum);
                    fused.putIfAbsent(s.key(), 0d);
                }
                for (Scored<K> s : semantic) {
                    parts.merge(s.key(), (1 - textWeight) * s.score(), Double::sum);
                    fused.putIfAbsent(s.key(), 0d);
                }
                fused.replaceAll((k, v) -> parts.get(k));
            }
        }
        List<Scored<K>> ranked = new ArrayList<>(fused.size());
        fused.forEach((k, v) -> ranked.add(new Scored<>(k, v)));
        // Stable: ties keep the full-text order, which was inserted first.
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        return ranked;
    }

    private static <K> void addReciprocalRanks(Map<K, Double> fused, List<Scored<K>> ranked) {
        for (int rank = 0; rank < ranked.size(); rank++) {
            fused.merge(ranked.get(rank).key(), 1.0 / (RRF_K + rank + 1), Double::sum);
        }
    }
}
