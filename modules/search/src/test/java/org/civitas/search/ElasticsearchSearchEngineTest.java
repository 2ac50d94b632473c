package org.civitas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.civitas.spi.SearchableContribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract on a real Elasticsearch node, plus what an outage must not do: lose anything. */
class ElasticsearchSearchEngineTest extends SearchEngineContract {

    private static final int PORT = 59200;
    private static final int RELAY_PORT = 59201;
    private static final AtomicInteger INDICES = new AtomicInteger();
    private static EmbeddedElasticsearch node;
    /** The engines reach the node through this line, which a test cuts. */
    private static Blackout line;

    @BeforeAll
    static void startNode() throws Exception {
        node = EmbeddedElasticsearch.start(Files.createTempDirectory("civitas-es"), PORT);
        line = new Blackout(RELAY_PORT, PORT);
    }

    @AfterAll
    static void stopNode() throws Exception {
        if (line != null) {
            line.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Override
    protected SearchEngine newEngine() {
        return engine("contributions-" + INDICES.incrementAndGet());
    }

    private static ElasticsearchSearchEngine engine(String index) {
        return new ElasticsearchSearchEngine(new ElasticsearchSearchEngine.Connection(List.of(line.url()), index, null,
                null, null), EMBEDDER, Ranking.DEFAULT);
    }

    @Test
    void anOutageIsReportedAndNothingIsLostWhenTheClusterReturns() throws Exception {
        SearchableContribution late = new SearchableContribution("ideabox", "contribution", "late", 1, 7,
                "Composteurs de quartier", "Un composteur partagé par rue.", "published", "75012", "Camille",
                Instant.parse("2027-03-05T10:00:00Z"), Set.of(), "/late");
        line.cut();
        try {
            // What the outbox relay sees: the event fails, so it stays in the outbox to be delivered again.
            assertThrows(SearchUnavailableException.class, () -> engine.index(late));
            assertThrows(SearchUnavailableException.class,
                    () -> engine.search(new SearchQuery("compost", Map.of(), null, null, 0, 10, Audience.PUBLIC)));
        } finally {
            line.restore();
        }
        engine.index(late); // the outbox delivers the event again
        assertEquals(5, engine.size(), "the four contributions from before the outage are still there");
        assertEquals("late", engine.search(new SearchQuery("composteur", Map.of(), null, null, 0, 10, Audience.PUBLIC))
                .hits().get(0).id());
    }
}
