package org.civitas.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civitas.search.Embedder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Embeddings per second with the bundled all-MiniLM-L6-v2: one text at a time, and batches of 64. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class EmbeddingThroughput {

    private Embedder embedder;
    private List<String> texts;
    private int next;

    @Setup
    public void load() {
        embedder = Embedder.miniLm();
        texts = Corpus.synthetic(64).stream().map(c -> Embedder.textOf(c.title(), c.body())).toList();
    }

    @Benchmark
    public float[] oneText() {
        next = (next + 1) % texts.size();
        return embedder.embed(texts.get(next));
    }

    /** Divide by 64 for embeddings per second. */
    @Benchmark
    public List<float[]> batchOf64() {
        return embedder.embedAll(texts);
    }
}
