package org.civitas.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.civitas.search.Ranking.Scored;
import org.civitas.spi.SearchableContribution;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * Elasticsearch through the official Java client, for cities that run a cluster. The same French analysis
 * as the Lucene engine (elision, stop words, Snowball, accents folded), a {@code dense_vector} for the
 * semantic side, and the same {@link Ranking} fusion done here, so both engines rank alike.
 * Connection failures become {@link SearchUnavailableException}.
 */
public class ElasticsearchSearchEngine implements SearchEngine {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(CITY);
    private static final List<String> TEXT_FIELDS = List.of("title^2", "body");
    @SuppressWarnings("rawtypes")
    private static final Class<Map> DOC = Map.class;

    /** Where and how to reach the cluster; {@code apiKey} or {@code username}/{@code password} may be null. */
    public record Connection(List<String> hosts, String index, String username, String password, String apiKey) {
    }

    private final ElasticsearchClient client;
    private final RestClient rest;
    private final String index;
    private final Embedder embedder;
    private final Ranking ranking;
    private volatile boolean indexReady;

    public ElasticsearchSearchEngine(Connection connection, Embedder embedder, Ranking ranking) {
        if (ranking.usesVectors() && embedder == null) {
            throw new IllegalArgumentException("Semantic ranking needs an embedding model");
        }
        this.embedder = embedder;
        this.ranking = ranking;
        this.index = connection.index();
        RestClientBuilder builder = RestClient.builder(connection.hosts().stream().map(HttpHost::create)
                        .toArray(HttpHost[]::new))
                // Fail fast when the cluster is down: the outbox retries indexing, people should not wait.
                .setRequestConfigCallback(c -> c.setConnectTimeout(2_000).setSocketTimeout(15_000));
        if (connection.apiKey() != null && !connection.apiKey().isBlank()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + connection.apiKey())});
        } else if (connection.username() != null && !connection.username().isBlank()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY,
                    new UsernamePasswordCredentials(connection.username(), connection.password()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        rest = builder.build();
        client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }

    @Override
    public void indexAll(List<SearchableContribution> contributions, Set<String> hidden) {
        if (contributions.isEmpty()) {
            return;
        }
        List<float[]> vectors = ranking.usesVectors()
                ? embedder.embedAll(contributions.stream().map(c -> Embedder.textOf(c.title(), c.body())).toList())
                : null;
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        for (int i = 0; i < contributions.size(); i++) {
            SearchableContribution c = contributions.get(i);
            Map<String, Object> doc = document(c, vectors == null ? null : vectors.get(i), hidden.contains(c.uid()));
            bulk.operations(op -> op.index(ix -> ix.index(index).id(c.uid()).document(doc)));
        }
        BulkResponse response = call(() -> client.bulk(bulk.build()));
        if (response.errors()) {
            throw new IllegalStateException("Elasticsearch refused contributions: " + response.items().stream()
                    .filter(item -> item.error() != null).map(item -> item.id() + ": " + item.error().reason()).toList());
        }
    }

    @Override
    public void remove(String component, String id) {
        call(() -> client.delete(d -> d.index(index).id(component + ":" + id).refresh(Refresh.True)));
    }

    @Override
    public void hide(String component, String id, boolean hidden) {
        try {
            call(() -> client.update(u -> u.index(index).id(component + ":" + id).doc(Map.of("hidden", hidden))
                    .refresh(Refresh.True), DOC));
        } catch (ElasticsearchException e) {
            if (e.status() != 404) { // a contribution not indexed (yet) has nothing to hide
                throw e;
            }
        }
    }

    @Override
    public SearchResults search(SearchQuery query) {
        List<Query> filters = restrict(query.audience());
        query.filters().forEach((facet, value) -> {
            if (SearchEngine.FACETS.contains(facet) && value != null && !value.isBlank()) {
                filters.add(Query.of(q -> q.term(t -> t.field(facet).value(value))));
            }
        });
        if (query.from() != null || query.to() != null) {
            double from = query.from() == null ? Long.MIN_VALUE : startOf(query.from());
            double to = query.to() == null ? Long.MAX_VALUE : startOf(query.to().plusDays(1)) - 1;
            filters.add(Query.of(q -> q.range(r -> r.number(n -> n.field("createdAt").gte(from).lte(to)))));
        }
        int depth = (query.page() + 1) * query.size();
        int skip = query.page() * query.size();
        if (SearchQuery.isBlank(query.text())) {
            SearchResponse<Map> newest = call(() -> client.search(s -> withFacets(s.index(index)
                    .query(q -> q.bool(b -> b.filter(filters)))
                    .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc)))
                    .from(skip).size(query.size()).trackTotalHits(t -> t.enabled(true))), DOC));
            List<SearchHit> hits = new ArrayList<>();
            for (Hit<Map> hit : newest.hits().hits()) {
                hits.add(hit(hit.source(), null, null, hit.score() == null ? 0 : hit.score()));
            }
            return new SearchResults(newest.hits().total().value(), query.page(), query.size(), hits, facets(newest));
        }
        Ranked ranked = rank(query.text(), filters, depth);
        Query either = Query.of(q -> q.bool(b -> {
            b.filter(filters).minimumShouldMatch("1");
            if (ranking.usesText()) {
                b.should(textQuery(query.text()));
            }
            return b.should(s -> s.ids(i -> i.values(ranked.semanticUids())));
        }));
        SearchResponse<Map> counted = call(() -> client.search(s -> withFacets(s.index(index).query(either).size(0)
                .trackTotalHits(t -> t.enabled(true))), DOC));
        List<SearchHit> page = ranked.hits().subList(Math.min(skip, ranked.hits().size()),
                Math.min(depth, ranked.hits().size()));
        return new SearchResults(counted.hits().total().value(), query.page(), query.size(), page, facets(counted));
    }

    @Override
    public List<SearchHit> similar(String text, String component, Audience audience, int limit) {
        if (SearchQuery.isBlank(text)) {
            return List.of();
        }
        List<Query> filters = restrict(audience);
        if (component != null && !component.isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field("component").value(component))));
        }
        int n = Math.max(1, Math.min(limit, 20));
        List<SearchHit> hits = rank(text, filters, n).hits();
        return hits.subList(0, Math.min(n, hits.size()));
    }

    @Override
    public long size() {
        return call(() -> client.count(c -> c.index(index))).count();
    }

    @Override
    public void close() {
        try {
            rest.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Ranked(List<SearchHit> hits, List<String> semanticUids) {
    }

    /** Full-text and nearest-neighbour lists, fused by the configured {@link Ranking}. */
    private Ranked rank(String text, List<Query> filters, int depth) {
        Map<String, SearchHit> byUid = new HashMap<>();
        List<Scored<String>> lexical = new ArrayList<>();
        if (ranking.usesText()) {
            SearchResponse<Map> found = call(() -> client.search(s -> s.index(index)
                    .query(q -> q.bool(b -> b.must(textQuery(text)).filter(filters)))
                    .size(depth)
                    // The highlighter analyses the text with the field's French analyser: every form that stems
                    // like a word of the query is marked, in the whole title and the body's best two fragments.
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                            .fields("title", f -> f.numberOfFragments(0))
                            .fields("body", f -> f.numberOfFragments(2).fragmentSize(120))), DOC));
            for (Hit<Map> hit : found.hits().hits()) {
                List<String> fragments = hit.highlight().get("body");
                String snippet = fragments == null || fragments.isEmpty() ? null : String.join("… ", fragments);
                List<String> title = hit.highlight().get("title");
                byUid.put(hit.id(), hit(hit.source(), title == null || title.isEmpty() ? null : title.get(0), snippet, 0));
                lexical.add(new Scored<>(hit.id(), hit.score() == null ? 0 : hit.score()));
            }
        }
        List<Scored<String>> semantic = new ArrayList<>();
        if (ranking.usesVectors()) {
            int k = Math.max(ranking.semanticCandidates(), ranking.method() == Ranking.Method.SEMANTIC ? depth : 0);
            List<Float> vector = new ArrayList<>();
            for (float x : embedder.embed(text)) {
                vector.add(x);
            }
            SearchResponse<Map> near = call(() -> client.search(s -> s.index(index)
                    .knn(kn -> kn.field("vector").queryVector(vector).k(k).numCandidates(Math.max(100, 2 * k))
                            .filter(filters))
                    .size(k), DOC));
            for (Hit<Map> hit : near.hits().hits()) {
                double cosine = 2 * (hit.score() == null ? 0 : hit.score()) - 1; // dot_product scores (1 + dot) / 2
                if (cosine >= ranking.minSimilarity()) {
                    byUid.putIfAbsent(hit.id(), hit(hit.source(), null, null, 0));
                    semantic.add(new Scored<>(hit.id(), cosine));
                }
            }
        }
        Set<String> neighbours = new HashSet<>();
        semantic.forEach(s -> neighbours.add(s.key()));
        List<String> uids = new ArrayList<>(); // the neighbours the ranking admitted, for the total and facets
        List<SearchHit> hits = new ArrayList<>();
        for (Scored<String> s : ranking.fuse(lexical, semantic)) {
            SearchHit h = byUid.get(s.key());
            hits.add(new SearchHit(h.component(), h.type(), h.id(), h.spaceId(), h.title(), h.markedTitle(), h.snippet(),
                    h.status(), h.district(), h.author(), h.createdAt(), h.path(), (float) s.score()));
            if (neighbours.contains(s.key())) {
                uids.add(s.key());
            }
        }
        return new Ranked(hits, uids);
    }

    private static Query textQuery(String text) {
        // The same lenient syntax as the Lucene engine: whatever people type is a query, never an error.
        return Query.of(q -> q.simpleQueryString(s -> s.query(SearchQuery.clip(text)).fields(TEXT_FIELDS).defaultOperator(Operator.Or)
                .lenient(true)));
    }

    private static List<Query> restrict(Audience audience) {
        List<FieldValue> allowed = new ArrayList<>();
        allowed.add(FieldValue.of(SearchableContribution.PUBLIC));
        audience.readers().forEach(r -> allowed.add(FieldValue.of(r)));
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.terms(t -> t.field("readers").terms(v -> v.value(allowed)))));
        filters.add(Query.of(q -> q.bool(BoolQuery.of(b -> b.mustNot(m -> m.term(t -> t.field("hidden").value(true)))))));
        if (!audience.closedComponents().isEmpty()) {
            List<FieldValue> closed = audience.closedComponents().stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.bool(BoolQuery.of(b -> b.mustNot(m -> m.terms(t -> t.field("componentId")
                    .terms(v -> v.value(closed))))))));
        }
        return filters;
    }

    private static SearchRequest.Builder withFacets(SearchRequest.Builder search) {
        for (String facet : SearchEngine.FACETS) {
            search.aggregations(facet, a -> a.terms(t -> t.field(facet).size(20)));
        }
        return search;
    }

    private static Map<String, Map<String, Long>> facets(SearchResponse<Map> response) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String facet : SearchEngine.FACETS) {
            Map<String, Long> values = new LinkedHashMap<>();
            for (StringTermsBucket bucket : response.aggregations().get(facet).sterms().buckets().array()) {
                values.put(bucket.key().stringValue(), bucket.docCount());
            }
            counts.put(facet, values);
        }
        return counts;
    }

    private static Map<String, Object> document(SearchableContribution c, float[] vector, boolean hidden) {
        Instant created = c.createdAt() == null ? Instant.EPOCH : c.createdAt();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("uid", c.uid());
        doc.put("id", c.id());
        doc.put("component", c.component());
        doc.put("type", c.type());
        doc.put("componentId", c.componentId());
        doc.put("spaceId", c.spaceId());
        doc.put("space", Long.toString(c.spaceId()));
        doc.put("title", c.title());
        doc.put("body", c.body());
        doc.put("status", c.status());
        doc.put("district", c.district() == null || c.district().isBlank() ? null : c.district());
        doc.put("author", c.author());
        doc.put("path", c.path());
        doc.put("createdAt", created.toEpochMilli());
        doc.put("month", MONTH.format(created));
        doc.put("readers", List.copyOf(c.readers()));
        doc.put("hidden", hidden);
        if (vector != null) {
            doc.put("vector", vector);
        }
        return doc;
    }

    private static SearchHit hit(Map<?, ?> source, String markedTitle, String highlighted, double score) {
        String body = (String) source.get("body");
        String title = (String) source.get("title");
        return new SearchHit((String) source.get("component"), (String) source.get("type"), (String) source.get("id"),
                ((Number) source.get("spaceId")).longValue(), title,
                markedTitle != null ? markedTitle : SearchHit.escaped(title),
                highlighted != null ? highlighted : SearchHit.plainSnippet(body), (String) source.get("status"),
                (String) source.get("district"), (String) source.get("author"),
                Instant.ofEpochMilli(((Number) source.get("createdAt")).longValue()), (String) source.get("path"),
                (float) score);
    }

    private static long startOf(LocalDate date) {
        return date.atStartOfDay(CITY).toInstant().toEpochMilli();
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    /** Runs a request once the index exists; a cluster that cannot be reached is reported as such. */
    private <T> T call(Call<T> request) {
        try {
            if (!indexReady) {
                createIndexIfMissing();
            }
            return request.run();
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch unreachable: " + e.getMessage(), e);
        }
    }

    private synchronized void createIndexIfMissing() throws IOException {
        if (indexReady) {
            return;
        }
        if (!client.indices().exists(e -> e.index(index)).value()) {
            String definition;
            try (InputStream in = ElasticsearchSearchEngine.class.getResourceAsStream("elasticsearch-index.json")) {
                definition = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("@DIMENSIONS@", Integer.toString(embedder == null ? 384 : embedder.dimensions()));
            }
            String json = definition;
            client.indices().create(CreateIndexRequest.of(c -> c.index(index).withJson(new StringReader(json))));
        }
        indexReady = true;
    }
}
