package org.civitas.bench;

import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.civitas.search.Embedder;
import org.civitas.search.Ranking;

/**
 * Recall@10 of the HNSW nearest-neighbour search against exact brute-force cosine (ties with the 10th counted as
 * right), on the index SearchLatency
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
            // HNSW asked for 10, and as the engine asks it: its semantic candidates, of which the best 10 count.
            for (int k : new int[] {10, Ranking.DEFAULT.semanticCandidates()}) {
                double recall = 0;
                for (String request : requests) {
                    float[] q = embedder.embed(request);
                    float tenth = exactTenth(reader, q);
                    ScoreDoc[] found = searcher.search(new KnnFloatVectorQuery("vector", q, k), 10).scoreDocs;
                    // The synthetic corpus repeats titles: a neighbour as close as the exact 10th is a right answer.
                    long right = Arrays.stream(found).filter(sd -> dot(reader, sd.doc, q) >= tenth - 1e-6f).count();
                    recall += Math.min(10, right) / 10.0;
                }
                System.out.printf("Recall@10 of kNN (k=%d) vs exact cosine over %d contributions, %d requests: %.3f%n",
                        k, size, requests.size(), recall / requests.size());
            }
        }
    }

    /** The exact 10th best dot product, by brute force. */
    private static float exactTenth(DirectoryReader reader, float[] q) throws IOException {
        PriorityQueue<Float> best = new PriorityQueue<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues vectors = leaf.reader().getFloatVectorValues("vector");
            if (vectors == null) {
                continue;
            }
            for (int doc = vectors.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = vectors.nextDoc()) {
                best.add(dot(vectors.vectorValue(), q));
                if (best.size() > 10) {
                    best.poll();
                }
            }
        }
        return best.peek();
    }

    private static float dot(DirectoryReader reader, int doc, float[] q) {
        try {
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
            FloatVectorValues vectors = leaf.reader().getFloatVectorValues("vector");
            vectors.advance(doc - leaf.docBase);
            return dot(vectors.vectorValue(), q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float dot(float[] v, float[] q) {
        float dot = 0;
        for (int i = 0; i < v.length; i++) {
            dot += v[i] * q[i];
        }
        return dot;
    }
}
