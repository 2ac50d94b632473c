package org.civitas.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.civitas.search.Embedder;
import org.civitas.search.LuceneSearchEngine;
import org.civitas.search.Ranking;
import org.civitas.spi.SearchableContribution;

/** The benchmark data: the French relevance set, and large synthetic corpora built from it. */
final class Corpus {

    record Title(String group, String text) {
    }

    record Request(String group, String text, String kind) {
    }

    private static final String[] PLACES = {"rue de la Roquette", "boulevard Voltaire", "place de la République",
        "rue Oberkampf", "avenue Parmentier", "square Maurice-Gardette", "rue Saint-Maur", "canal Saint-Martin",
        "rue de Charonne", "place Léon-Blum", "rue du Faubourg-Saint-Antoine", "parc de Belleville"};
    private static final String[] REASONS = {"pour les enfants du quartier", "avant l'été", "pour les personnes âgées",
        "près de l'école", "pour tous les habitants", "comme dans le 20e", "sans travaux lourds", "avec les riverains"};

    private Corpus() {
    }

    static List<Title> titles() {
        return rows("budget-titles.tsv").stream().map(r -> new Title(r[0], r[1])).toList();
    }

    static List<Request> requests() {
        return rows("budget-queries.tsv").stream().map(r -> new Request(r[0], r[1], r[2])).toList();
    }

    /** {@code size} budget projects: a title of the set, a place, a reason; deterministic. */
    static List<SearchableContribution> synthetic(int size) {
        List<Title> titles = titles();
        Random random = new Random(42);
        List<SearchableContribution> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Title t = titles.get(random.nextInt(titles.size()));
            String title = t.text() + " " + PLACES[random.nextInt(PLACES.length)];
            String body = titles.get(random.nextInt(titles.size())).text() + ", " + REASONS[random.nextInt(REASONS.length)]
                    + ". Projet numéro " + i + ".";
            all.add(new SearchableContribution("budget", "project", "p" + i, 1, 1, title, body, "published",
                    "750" + (10 + random.nextInt(10)), "Camille", Instant.parse("2027-01-01T00:00:00Z").plusSeconds(i * 60L),
                    Set.of(), "/p" + i));
        }
        return all;
    }

    /**
     * A Lucene index of {@code size} synthetic projects with the default ranking, built once in
     * {@code target/bench-index-<size>} and reused by later runs (building 100,000 takes minutes).
     */
    static LuceneSearchEngine index(int size, Embedder embedder) {
        Path dir = Path.of("target", "bench-index-" + size);
        LuceneSearchEngine engine = new LuceneSearchEngine(dir, embedder, Ranking.DEFAULT);
        if (engine.size() == size) {
            return engine;
        }
        engine.close();
        delete(dir);
        engine = new LuceneSearchEngine(dir, embedder, Ranking.DEFAULT);
        List<SearchableContribution> all = synthetic(size);
        long start = System.nanoTime();
        for (int from = 0; from < size; from += 500) {
            engine.indexAll(all.subList(from, Math.min(size, from + 500)), Set.of());
            if ((from / 500) % 20 == 0) {
                System.out.printf("indexed %d / %d%n", from, size);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String line = String.format("Indexed %d contributions (embedding included) in %.1f s: %.0f contributions/s%n",
                size, seconds, size / seconds);
        System.out.print(line);
        try {
            Files.writeString(Path.of("target", "bench-index-" + size + ".txt"), line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return engine;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Corpus.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
