package org.civitas.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.civitas.search.Audience;
import org.civitas.search.Embedder;
import org.civitas.search.LuceneSearchEngine;
import org.civitas.search.SearchHit;
import org.civitas.search.SearchQuery;
import org.civitas.search.SearchResults;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Query latency on the Lucene engine, hybrid ranking (full text + kNN, fused), facets and snippets included,
 * as the portal asks: a page of 20. "similar" includes embedding the typed text. Percentiles come from
 * JMH's sample mode.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// A minute of warm-up: at 100,000 contributions the JIT compiler is still busy after 10 s (the mean falls from
// 27 ms to 13 ms over the first minute) and, on 2 cores, competes with the search; a server runs for days.
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class SearchLatency {

    @Param({"10000", "100000"})
    int size;

    private LuceneSearchEngine engine;
    private List<String> requests;
    private int next;

    @Setup
    public void open() {
        engine = Corpus.index(size, Embedder.miniLm());
        requests = Corpus.requests().stream().map(Corpus.Request::text).toList();
    }

    @TearDown
    public void close() {
        engine.close();
    }

    private String request() {
        next = (next + 1) % requests.size();
        return requests.get(next);
    }

    @Benchmark
    public SearchResults hybridSearch() {
        return engine.search(new SearchQuery(request(), Map.of(), null, null, 0, 20, Audience.PUBLIC));
    }

    @Benchmark
    public List<SearchHit> similar() {
        return engine.similar(request(), "budget", Audience.PUBLIC, 5);
    }
}
