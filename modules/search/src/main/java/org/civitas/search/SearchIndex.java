package org.civitas.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Role;
import org.civitas.spi.SearchableContribution;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The platform's search engine, chosen by {@code civitas.search.engine} (only {@code lucene} so far). */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    @ConfigProperty(name = "civitas.search.engine", defaultValue = "lucene")
    String engineName;
    @Inject
    @ConfigProperty(name = "civitas.search.lucene.dir")
    String luceneDir;

    private SearchEngine engine;

    public synchronized SearchEngine engine() {
        if (engine == null) {
            if (!"lucene".equals(engineName)) {
                throw new IllegalStateException("Unknown civitas.search.engine '" + engineName + "': use lucene");
            }
            engine = new LuceneSearchEngine(Path.of(luceneDir));
            LOG.info(() -> "Search index (Lucene) in " + luceneDir + ": " + engine.size() + " contributions");
        }
        return engine;
    }

    /** The reader keys of a viewer: everyone reads public contributions; a citizen also their own and their roles'. */
    public static Set<String> readersOf(CitizenRef viewer) {
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
            engine.close();
        }
    }
}
