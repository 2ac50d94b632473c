package org.civitas.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.civitas.search.Embedder;

/**
 * Recall@10 of the HNSW nearest-neighbour search against exact brute-force cosine, on the index SearchLatency
 * builds ({@code -Dbench.size}), for every request of the relevance set and 64 titles used as requests.
 */
public final class KnnRecall {

    private KnnRecall() {
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.getInteger("bench.size", 100_000);
        Embedder embedder = Embedder.miniLm();
        Corpus.index(size, embedder).close();
        List<String> requests = new ArrayList<>(Corpus.requests().stream().map(Corpus.Request::text).toList());
        Corpus.synthetic(64).forEach(c -> requests.add(c.title()));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of("target", "bench-index-" + size)))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            double recall = 0;
            for (String request : requests) {
                float[] q = embedder.embed(request);
                Set<Integer> exact = exactTop10(reader, q);
                Set<Integer> found = new HashSet<>();
                for (ScoreDoc sd : searcher.search(new KnnFloatVectorQuery("vector", q, 10), 10).scoreDocs) {
                    found.add(sd.doc);
                }
                found.retainAll(exact);
                recall += found.size() / 10.0;
            }
            System.out.printf("Recall@10 of kNN vs exact cosine over %d contributions, %d requests: %.3f%n", size,
                    requests.size(), recall / requests.size());
        }
    }

    private static Set<Integer> exactTop10(DirectoryReader reader, float[] q) throws Exception {
        PriorityQueue<ScoreDoc> best = new PriorityQueue<>((a, b) -> Float.compare(a.score, b.score));
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues vectors = leaf.reader().getFloatVectorValues("vector");
            if (vectors == null) {
                continue;
            }
            for (int doc = vectors.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = vectors.nextDoc()) {
                float[] v = vectors.vectorValue();
                float dot = 0;
                for (int i = 0; i < v.length; i++) {
                    dot += v[i] * q[i];
                }
                best.add(new ScoreDoc(leaf.docBase + doc, dot));
                if (best.size() > 10) {
                    best.poll();
                }
            }
        }
        Set<Integer> top = new HashSet<>();
        best.forEach(sd -> top.add(sd.doc));
        return top;
    }
}
