package org.civitas.search;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Role;
import org.civitas.spi.SearchableContribution;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's search engine, chosen by {@code civitas.search.engine} ({@code lucene}, the default, or
 * {@code elasticsearch}), with its sentence model and ranking from configuration.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    @ConfigProperty(name = "civitas.search.engine", defaultValue = "lucene")
    String engineName;
    @Inject
    @ConfigProperty(name = "civitas.search.lucene.dir")
    String luceneDir;
    @Inject
    @ConfigProperty(name = "civitas.search.elasticsearch.hosts", defaultValue = "http://localhost:9200")
    List<String> esHosts;
    @Inject
    @ConfigProperty(name = "civitas.search.elasticsearch.index", defaultValue = "civitas-contributions")
    String esIndex;
    @Inject
    @ConfigProperty(name = "civitas.search.elasticsearch.username")
    Optional<String> esUsername;
    @Inject
    @ConfigProperty(name = "civitas.search.elasticsearch.password")
    Optional<String> esPassword;
    @Inject
    @ConfigProperty(name = "civitas.search.elasticsearch.api-key")
    Optional<String> esApiKey;
    @Inject
    @ConfigProperty(name = "civitas.search.embedding.model")
    Optional<String> modelFile;
    @Inject
    @ConfigProperty(name = "civitas.search.embedding.tokenizer")
    Optional<String> tokenizerFile;
    @Inject
    @ConfigProperty(name = "civitas.search.embedding.pooling", defaultValue = "MEAN")
    PoolingMode pooling;
    @Inject
    @ConfigProperty(name = "civitas.search.ranking", defaultValue = "WEIGHTED")
    String method;
    @Inject
    @ConfigProperty(name = "civitas.search.semantic.candidates", defaultValue = "20")
    int semanticCandidates;
    @Inject
    @ConfigProperty(name = "civitas.search.semantic.min-similarity", defaultValue = "0.3")
    double minSimilarity;
    @Inject
    @ConfigProperty(name = "civitas.search.semantic.alone-min-similarity", defaultValue = "0.45")
    double aloneMinSimilarity;
    @Inject
    @ConfigProperty(name = "civitas.search.ranking.text-weight", defaultValue = "0.5")
    double textWeight;

    @Inject
    ModerationStatus moderation;
    @Inject
    ComponentAccess access;

    private SearchEngine engine;

    public synchronized SearchEngine engine() {
        if (engine == null) {
            Ranking ranking = new Ranking(Ranking.Method.valueOf(method.strip().toUpperCase(Locale.ROOT)),
                    semanticCandidates, minSimilarity, aloneMinSimilarity, textWeight);
            Embedder embedder = ranking.usesVectors() ? embedder() : null;
            engine = switch (engineName.strip()) {
                case "lucene" -> new LuceneSearchEngine(Path.of(luceneDir), embedder, ranking);
                case "elasticsearch" -> new ElasticsearchSearchEngine(new ElasticsearchSearchEngine.Connection(esHosts,
                        esIndex, esUsername.orElse(null), esPassword.orElse(null), esApiKey.orElse(null)), embedder, ranking);
                default -> throw new IllegalStateException("Unknown civitas.search.engine '" + engineName
                        + "': use lucene or elasticsearch");
            };
            LOG.info(() -> "Search engine: " + engineName + ("lucene".equals(engineName) ? " in " + luceneDir
                    : " at " + esHosts + ", index " + esIndex));
        }
        return engine;
    }

    private Embedder embedder() {
        long start = System.nanoTime();
        Embedder embedder = modelFile.isPresent()
                ? Embedder.onnx(Path.of(modelFile.get()), Path.of(tokenizerFile.orElseThrow(() -> new IllegalStateException(
                        "civitas.search.embedding.model needs civitas.search.embedding.tokenizer"))), pooling)
                : Embedder.miniLm();
        LOG.info(() -> "Embedding model " + embedder.name() + " (" + embedder.dimensions() + " dimensions) loaded in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return embedder;
    }

    /**
     * Adds or replaces contributions in the index. Moderation is the platform's, not the component's: what it
     * hides or removed stays out of results, whatever the component republishes.
     */
    public void publish(List<SearchableContribution> contributions) {
        Set<String> hidden = new HashSet<>();
        contributions.stream().map(SearchableContribution::component).distinct()
                .forEach(component -> moderation.hidden(component).forEach(id -> hidden.add(component + ":" + id)));
        engine().indexAll(contributions, hidden);
    }

    /** What a viewer (null when not signed in) may find: their reader keys, minus unpublished instances. */
    public Audience audienceOf(CitizenRef viewer) {
        return new Audience(readersOf(viewer), access.closedTo(viewer));
    }

    /** The reader keys of a viewer: everyone reads public contributions; a citizen also their own and their roles'. */
    static Set<String> readersOf(CitizenRef viewer) {
        Set<String> readers = new LinkedHashSet<>();
        readers.add(SearchableContribution.PUBLIC);
        if (viewer != null) {
            readers.add("citizen:" + viewer.id());
            for (Role role : viewer.roles()) {
                readers.add("role:" + role.name());
            }
        }
        return readers;
    }

    @PreDestroy
    synchronized void close() {
        if (engine != null) {
            try {
                engine.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Search engine closed with an error", e);
            } finally {
                engine = null;
            }
        }
    }
}
