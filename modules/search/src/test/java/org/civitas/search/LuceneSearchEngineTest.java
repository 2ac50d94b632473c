package org.civitas.search;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchEngineTest extends SearchEngineContract {

    @TempDir
    Path dir;

    @Override
    protected SearchEngine newEngine() {
        return new LuceneSearchEngine(dir.resolve("index"), EMBEDDER, Ranking.DEFAULT);
    }
}
