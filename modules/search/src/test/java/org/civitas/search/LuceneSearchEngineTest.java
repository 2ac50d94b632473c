package org.civitas.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchEngineTest extends SearchEngineContract {

    @TempDir
    Path dir;

    @Override
    protected SearchEngine newEngine() {
        return new LuceneSearchEngine(dir.resolve("index"), EMBEDDER, Ranking.DEFAULT);
    }

    @Test
    void anIndexWrittenBeforeInstancesWereIndexedIsOutdatedAndACurrentOneIsNot() throws IOException {
        assertFalse(engine.outdated());
        Path old = dir.resolve("old");
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(old), new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("uid", "ideabox:1", Field.Store.YES));
            writer.addDocument(doc);
        }
        try (SearchEngine before = new LuceneSearchEngine(old, EMBEDDER, Ranking.DEFAULT)) {
            assertTrue(before.outdated());
        }
        try (SearchEngine empty = new LuceneSearchEngine(dir.resolve("empty"), EMBEDDER, Ranking.DEFAULT)) {
            assertFalse(empty.outdated(), "nothing to rebuild");
        }
    }
}
