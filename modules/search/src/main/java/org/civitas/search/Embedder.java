package org.civitas.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a text into a unit-length sentence embedding, in process and offline. The default is
 * all-MiniLM-L6-v2 (quantised, 384 dimensions) shipped inside its Maven artifact; a city can point to its
 * own ONNX model and tokenizer.json (e.g. a multilingual one) by configuration. Vectors are normalised
 * here so that a dot product is the cosine, whichever model produced them.
 */
public final class Embedder {

    /** Long bodies are cut: the model reads 256 word pieces at most, and titles carry the meaning. */
    private static final int MAX_CHARS = 2000;

    private final EmbeddingModel model;
    private final String name;

    private Embedder(EmbeddingModel model, String name) {
        this.model = model;
        this.name = name;
    }

    /** The bundled all-MiniLM-L6-v2. */
    public static Embedder miniLm() {
        return new Embedder(new AllMiniLmL6V2QuantizedEmbeddingModel(), "all-minilm-l6-v2-q");
    }

    /** A city's own model: an ONNX sentence encoder and its Hugging Face tokenizer.json. */
    public static Embedder onnx(Path model, Path tokenizer, PoolingMode pooling) {
        for (Path file : List.of(model, tokenizer)) {
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("Embedding model file not readable: " + file);
            }
        }
        return new Embedder(new OnnxEmbeddingModel(model, tokenizer, pooling), model.getFileName().toString());
    }

    /** Identifies the model, so an index built with another one can be told apart. */
    public String name() {
        return name;
    }

    public int dimensions() {
        return model.dimension();
    }

    public float[] embed(String text) {
        return normalised(model.embed(clip(text)).content().vector());
    }

    /** Several texts at once, spread over the model's threads. */
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(clip(t))).toList();
        return model.embedAll(segments).content().stream().map(e -> normalised(e.vector())).toList();
    }

    /** The text of a contribution as embedded: its title, then its body. */
    public static String textOf(String title, String body) {
        return (title == null ? "" : title) + ". " + (body == null ? "" : body);
    }

    private static String clip(String text) {
        String t = text == null || text.isBlank() ? "." : text.strip();
        return t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (v[i] / norm);
            }
        }
        return v;
    }
}
