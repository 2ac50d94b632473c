package org.civitas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.civitas.search.Ranking.Scored;
import org.civitas.spi.SearchableContribution;

/**
 * The default engine: Apache Lucene in-process, index on local disk. French analysis (see
 * {@link #frenchAnalyzer()}) on titles and bodies, fused with nearest neighbours on sentence embeddings
 * (HNSW graph, dot product of unit vectors); facets from doc values; highlighted snippets.
 * Every write is committed before it returns, so an indexed event survives a crash.
 */
public class LuceneSearchEngine implements SearchEngine {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(CITY);
    private static final Map<String, Float> TEXT_FIELDS = Map.of("title", 2f, "body", 1f);

    private static final String VECTOR = "vector";
    /** The component instance of each contribution, so that searches leave out unpublished ones. */
    private static final String INSTANCE = "componentInstance";

    private final Embedder embedder;
    private final Ranking ranking;
    private final Directory directory;
    private final Analyzer analyzer = frenchAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = new FacetsConfig();
    /** Facet ordinals of the current reader; rebuilt only when a write opened a new reader. */
    private SortedSetDocValuesReaderState facetState;

    /**
     * French text: elision (l', d'…), lower case, French stop words, Snowball's French stemmer, then accents
     * folded. Snowball rather than Lucene's light French stemmer because it joins derived forms people
     * actually mix up in participation texts ("végétalisation" and "végétaliser" both give "vegetalis").
     */
    static Analyzer frenchAnalyzer() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("elision", "ignoreCase", "true")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("stop", "words", "org/apache/lucene/analysis/snowball/french_stop.txt",
                            "format", "snowball")
                    .addTokenFilter("snowballPorter", "language", "French")
                    .addTokenFilter("asciiFolding")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's French resources are missing", e);
        }
    }

    /**
     * @param embedder the sentence model for the semantic side; may be null only when {@code ranking} is
     *                 {@link Ranking.Method#TEXT}
     */
    public LuceneSearchEngine(Path path, Embedder embedder, Ranking ranking) {
        if (ranking.usesVectors() && embedder == null) {
            throw new IllegalArgumentException("Semantic ranking needs an embedding model");
        }
        this.embedder = embedder;
        this.ranking = ranking;
        try {
            directory = FSDirectory.open(path);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + path, e);
        }
    }

    @Override
    public void indexAll(List<SearchableContribution> contributions, Set<String> hidden) {
        try {
            List<float[]> vectors = vectors(contributions);
            for (int i = 0; i < contributions.size(); i++) {
                SearchableContribution c = contributions.get(i);
                writer.updateDocument(new Term("uid", c.uid()), document(c, vectors.get(i), hidden.contains(c.uid())));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(String component, String id) {
        try {
            writer.deleteDocuments(new Term("uid", component + ":" + id));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void hide(String component, String id, boolean hidden) {
        // Lucene documents cannot be edited in place: the stored fields and the indexed vector rebuild the
        // contribution, without running the model again.
        withSearcher(searcher -> {
            TopDocs found = searcher.search(new TermQuery(new Term("uid", component + ":" + id)), 1);
            if (found.scoreDocs.length > 0) {
                int doc = found.scoreDocs[0].doc;
                SearchableContribution c = contribution(searcher.storedFields().document(doc));
                writer.updateDocument(new Term("uid", c.uid()), document(c, vector(searcher, doc), hidden));
                commit();
            }
            return null;
        });
    }

    /** The vector indexed for a document, or null when it has none (text-only ranking). */
    private static float[] vector(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
        int target = doc - leaf.docBase;
        return values != null && values.advance(target) == target ? values.vectorValue().clone() : null;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        BooleanQuery.Builder filters = new BooleanQuery.Builder();
        restrict(filters, query.audience());
        query.filters().forEach((facet, value) -> {
            if (SearchEngine.FACETS.contains(facet) && value != null && !value.isBlank()) {
                filters.add(new TermQuery(new Term(facet, value)), Occur.FILTER);
            }
        });
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : startOf(query.from());
            long to = query.to() == null ? Long.MAX_VALUE : startOf(query.to().plusDays(1)) - 1;
            filters.add(LongPoint.newRangeQuery("createdAt", from, to), Occur.FILTER);
        }
        Query filter = filters.build();
        int depth = (query.page() + 1) * query.size();
        int skip = query.page() * query.size();
        if (SearchQuery.isBlank(query.text())) {
            return withSearcher(searcher -> {
                FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher,
                        filtered(new MatchAllDocsQuery(), filter), depth,
                        new Sort(new SortField("createdAt", SortField.Type.LONG, true)), new FacetsCollectorManager());
                ScoreDoc[] top = result.topDocs().scoreDocs;
                return new SearchResults(result.topDocs().totalHits.value, query.page(), query.size(),
                        hits(searcher, Arrays.copyOfRange(top, Math.min(skip, top.length), top.length), null),
                        facetCounts(searcher, result.facetsCollector()));
            });
        }
        Query text = textQuery(query.text());
        return withSearcher(searcher -> {
            Ranked ranked = rank(searcher, query.text(), text, filter, depth);
            // Total and facets count what either side found, so they agree with the ranked list.
            BooleanQuery.Builder either = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
            if (ranking.usesText()) {
                either.add(text, Occur.SHOULD);
            }
            either.add(new TermInSetQuery("uid", ranked.semanticUids), Occur.SHOULD);
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher,
                    filtered(either.build(), filter), 1, new FacetsCollectorManager());
            List<ScoreDoc> fused = ranked.fused;
            ScoreDoc[] page = fused.subList(Math.min(skip, fused.size()), Math.min(depth, fused.size()))
                    .toArray(ScoreDoc[]::new);
            return new SearchResults(result.topDocs().totalHits.value, query.page(), query.size(),
                    hits(searcher, page, text), facetCounts(searcher, result.facetsCollector()));
        });
    }

    @Override
    public List<SearchHit> similar(String text, String component, Audience audience, int limit) {
        if (SearchQuery.isBlank(text)) {
            return List.of();
        }
        BooleanQuery.Builder filters = new BooleanQuery.Builder();
        restrict(filters, audience);
        if (component != null && !component.isBlank()) {
            filters.add(new TermQuery(new Term("component", component)), Occur.FILTER);
        }
        Query filter = filters.build();
        Query words = textQuery(text);
        int n = Math.max(1, Math.min(limit, 20));
        return withSearcher(searcher -> {
            List<ScoreDoc> fused = rank(searcher, text, words, filter, n).fused;
            return hits(searcher, fused.subList(0, Math.min(n, fused.size())).toArray(ScoreDoc[]::new), words);
        });
    }

    /** The full-text and nearest-neighbour lists of a query, fused by the configured {@link Ranking}. */
    private record Ranked(List<ScoreDoc> fused, List<BytesRef> semanticUids) {
    }

    private Ranked rank(IndexSearcher searcher, String typed, Query text, Query filter, int depth) throws IOException {
        List<Scored<Integer>> lexical = new ArrayList<>();
        if (ranking.usesText()) {
            for (ScoreDoc sd : searcher.search(filtered(text, filter), depth).scoreDocs) {
                lexical.add(new Scored<>(sd.doc, sd.score));
            }
        }
        List<Scored<Integer>> semantic = new ArrayList<>();
        Map<Integer, BytesRef> neighbours = new HashMap<>();
        if (ranking.usesVectors()) {
            int k = Math.max(ranking.semanticCandidates(), ranking.method() == Ranking.Method.SEMANTIC ? depth : 0);
            KnnFloatVectorQuery knn = new KnnFloatVectorQuery(VECTOR, embedder.embed(typed), k, filter);
            for (ScoreDoc sd : searcher.search(knn, k).scoreDocs) {
                double cosine = 2 * sd.score - 1; // Lucene scores a dot product as (1 + dot) / 2
                if (cosine >= ranking.minSimilarity()) {
                    semantic.add(new Scored<>(sd.doc, cosine));
                    neighbours.put(sd.doc, new BytesRef(searcher.storedFields().document(sd.doc, Set.of("uid")).get("uid")));
                }
            }
        }
        List<ScoreDoc> fused = new ArrayList<>();
        List<BytesRef> uids = new ArrayList<>();
        for (Scored<Integer> s : ranking.fuse(lexical, semantic)) {
            fused.add(new ScoreDoc(s.key(), (float) s.score()));
            if (neighbours.containsKey(s.key())) { // the neighbours the ranking admitted, for the total and facets
                uids.add(neighbours.get(s.key()));
            }
        }
        return new Ranked(fused, uids);
    }

    private static Query filtered(Query query, Query filter) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    @Override
    public long size() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public void close() {
        // Each part closes whatever happened to the one before: a writer left open keeps the index's lock for as
        // long as the JVM lives, and the next deployment could not search at all.
        IOException failure = null;
        try {
            searchers.close();
        } catch (IOException e) {
            failure = e;
        }
        try {
            writer.close();
        } catch (IOException | RuntimeException e) {
            try {
                writer.rollback();
            } catch (IOException | RuntimeException ignored) {
                // rollback releases the lock even when it cannot undo anything
            }
            failure = failure == null ? new IOException(e) : failure;
        }
        try {
            directory.close();
        } catch (IOException e) {
            failure = failure == null ? e : failure;
        }
        if (failure != null) {
            throw new UncheckedIOException(failure);
        }
    }

    private List<float[]> vectors(List<SearchableContribution> contributions) {
        if (!ranking.usesVectors()) {
            return Collections.nCopies(contributions.size(), null);
        }
        return embedder.embedAll(contributions.stream().map(c -> Embedder.textOf(c.title(), c.body())).toList());
    }

    private Document document(SearchableContribution c, float[] vector, boolean hidden) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("uid", c.uid(), Field.Store.YES));
        doc.add(new StoredField("id", c.id()));
        doc.add(new StoredField("componentId", c.componentId()));
        doc.add(new LongPoint(INSTANCE, c.componentId()));
        doc.add(new StoredField("spaceId", c.spaceId()));
        doc.add(new TextField("title", nonNull(c.title()), Field.Store.YES));
        doc.add(new TextField("body", nonNull(c.body()), Field.Store.YES));
        doc.add(new StoredField("author", nonNull(c.author())));
        doc.add(new StoredField("path", nonNull(c.path())));
        Instant created = c.createdAt() == null ? Instant.EPOCH : c.createdAt();
        doc.add(new LongPoint("createdAt", created.toEpochMilli()));
        doc.add(new NumericDocValuesField("createdAt", created.toEpochMilli()));
        doc.add(new StoredField("createdAtStored", created.toEpochMilli()));
        facet(doc, "component", c.component());
        facet(doc, "space", Long.toString(c.spaceId()));
        facet(doc, "district", c.district());
        facet(doc, "status", c.status());
        facet(doc, "type", c.type());
        facet(doc, "month", MONTH.format(created));
        for (String reader : c.readers()) {
            doc.add(new StringField("readers", reader, Field.Store.YES));
        }
        doc.add(new StringField("hidden", hidden ? "1" : "0", Field.Store.YES));
        if (vector != null) {
            doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return facets.build(doc);
    }

    private static void facet(Document doc, String name, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(name, value, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(name, value));
        }
    }

    private static SearchableContribution contribution(Document d) {
        Set<String> readers = new HashSet<>(List.of(d.getValues("readers")));
        return new SearchableContribution(d.get("component"), d.get("type"), d.get("id"),
                d.getField("componentId").numericValue().longValue(), d.getField("spaceId").numericValue().longValue(),
                d.get("title"), d.get("body"), d.get("status"), d.get("district"), d.get("author"),
                Instant.ofEpochMilli(d.getField("createdAtStored").numericValue().longValue()), readers, d.get("path"));
    }

    private Query textQuery(String text) {
        if (SearchQuery.isBlank(text)) {
            return new MatchAllDocsQuery();
        }
        // The simple parser never fails on what people type: quotes, dashes and stray operators are fine.
        return new SimpleQueryParser(analyzer, TEXT_FIELDS).parse(SearchQuery.clip(text));
    }

    private static void restrict(BooleanQuery.Builder query, Audience audience) {
        BooleanQuery.Builder allowed = new BooleanQuery.Builder();
        allowed.add(new TermQuery(new Term("readers", SearchableContribution.PUBLIC)), Occur.SHOULD);
        for (String reader : audience.readers()) {
            allowed.add(new TermQuery(new Term("readers", reader)), Occur.SHOULD);
        }
        query.add(allowed.build(), Occur.FILTER);
        query.add(new TermQuery(new Term("hidden", "1")), Occur.MUST_NOT);
        if (!audience.closedComponents().isEmpty()) {
            query.add(LongPoint.newSetQuery(INSTANCE, audience.closedComponents()), Occur.MUST_NOT);
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] page, Query text) throws IOException {
        String[] snippets = null;
        String[] titles = null;
        if (text != null && page.length > 0) {
            // The highlighter analyses the stored text with the index's French analyser, so every form that
            // stems like a word of the query is marked ("végétalisation" marks "Végétaliser"), in the title
            // (whole) as in the body (the best two passages).
            TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
            snippets = highlighter(searcher, false).highlight("body", text, docs, 2);
            titles = highlighter(searcher, true).highlight("title", text, docs, 1);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            ScoreDoc sd = page[i];
            Document d = searcher.storedFields().document(sd.doc);
            String snippet = snippets != null && snippets[i] != null ? snippets[i] : SearchHit.plainSnippet(d.get("body"));
            String title = titles != null && titles[i] != null ? titles[i] : SearchHit.escaped(d.get("title"));
            hits.add(new SearchHit(d.get("component"), d.get("type"), d.get("id"),
                    d.getField("spaceId").numericValue().longValue(), d.get("title"), title, snippet, d.get("status"),
                    d.get("district"), d.get("author"),
                    Instant.ofEpochMilli(d.getField("createdAtStored").numericValue().longValue()), d.get("path"),
                    Float.isNaN(sd.score) ? 0f : sd.score));
        }
        return hits;
    }

    /** Marks matches with {@code <mark>} in escaped text; {@code whole} keeps a field in one piece (titles). */
    private UnifiedHighlighter highlighter(IndexSearcher searcher, boolean whole) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true));
        if (whole) {
            builder.withBreakIterator(WholeBreakIterator::new).withMaxNoHighlightPassages(0);
        }
        return builder.build();
    }

    private Map<String, Map<String, Long>> facetCounts(IndexSearcher searcher, FacetsCollector collected)
            throws IOException {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(searcher);
        if (state == null) {
            return counts;
        }
        Facets facetCounts = new SortedSetDocValuesFacetCounts(state, collected);
        for (String dim : SearchEngine.FACETS) {
            FacetResult result;
            try {
                result = facetCounts.getTopChildren(20, dim);
            } catch (IllegalArgumentException notIndexedYet) {
                result = null;
            }
            Map<String, Long> values = new LinkedHashMap<>();
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.put(lv.label, lv.value.longValue());
                }
            }
            counts.put(dim, values);
        }
        return counts;
    }

    private synchronized SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        if (facetState == null || facetState.getReader() != searcher.getIndexReader()) {
            try {
                facetState = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facets);
            } catch (IllegalArgumentException emptyIndex) {
                return null;
            }
        }
        return facetState;
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static long startOf(LocalDate date) {
        return date.atStartOfDay(CITY).toInstant().toEpochMilli();
    }


    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public boolean outdated() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs() > 0
                && FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(INSTANCE) == null);
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
