package org.civitas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.search.Audience;
import org.civitas.search.Embedder;
import org.civitas.search.LuceneSearchEngine;
import org.civitas.search.Ranking;
import org.civitas.search.Ranking.Method;
import org.civitas.search.SearchHit;
import org.civitas.search.SearchQuery;
import org.civitas.spi.SearchableContribution;

/**
 * Precision@5 of each ranking on the French relevance set: 12 groups of 5 near-duplicate budget titles,
 * and for each group a request in plain words, a paraphrase and a misspelling. Prints a Markdown table.
 */
public final class RelevanceCheck {

    private RelevanceCheck() {
    }

    public static void main(String[] args) throws Exception {
        Embedder embedder = Embedder.miniLm();
        List<Corpus.Title> titles = Corpus.titles();
        List<Corpus.Request> requests = Corpus.requests();
        Map<String, Ranking> rankings = new LinkedHashMap<>();
        rankings.put("full text only (BM25)", new Ranking(Method.TEXT, 20, 0.3, 0.45, 0.5));
        rankings.put("kNN only", new Ranking(Method.SEMANTIC, 20, 0.3, 0.45, 0.5));
        rankings.put("hybrid, reciprocal-rank fusion", new Ranking(Method.RRF, 20, 0.3, 0.45, 0.5));
        rankings.put("hybrid, weighted sum 0.3 text", new Ranking(Method.WEIGHTED, 20, 0.3, 0.45, 0.3));
        rankings.put("hybrid, weighted sum 0.5 text", new Ranking(Method.WEIGHTED, 20, 0.3, 0.45, 0.5));
        rankings.put("hybrid, weighted sum 0.7 text", new Ranking(Method.WEIGHTED, 20, 0.3, 0.45, 0.7));
        System.out.println("| Ranking | plain words | paraphrases | misspellings | all |");
        System.out.println("|---|---|---|---|---|");
        for (Map.Entry<String, Ranking> r : rankings.entrySet()) {
            Path dir = Files.createTempDirectory("relevance");
            try (LuceneSearchEngine engine = new LuceneSearchEngine(dir, embedder, r.getValue())) {
                for (int i = 0; i < titles.size(); i++) {
                    Corpus.Title t = titles.get(i);
                    engine.index(new SearchableContribution("budget", "project", t.group() + "-" + i, 1, 1, t.text(), "",
                            "published", null, "Camille", Instant.EPOCH, Set.of(), "/" + i));
                }
                Map<String, double[]> byKind = new LinkedHashMap<>();
                for (String kind : List.of("plain", "paraphrase", "typo", "all")) {
                    byKind.put(kind, new double[2]);
                }
                for (Corpus.Request q : requests) {
                    List<SearchHit> top = engine.search(new SearchQuery(q.text(), Map.of(), null, null, 0, 5, Audience.PUBLIC))
                            .hits();
                    long relevant = top.stream().filter(h -> h.id().startsWith(q.group() + "-")).count();
                    for (String kind : List.of(q.kind(), "all")) {
                        byKind.get(kind)[0] += relevant / 5.0;
                        byKind.get(kind)[1]++;
                    }
                }
                StringBuilder row = new StringBuilder("| " + r.getKey() + " |");
                byKind.values().forEach(v -> row.append(String.format(" %.2f |", v[0] / v[1])));
                System.out.println(row);
            }
        }
    }
}
