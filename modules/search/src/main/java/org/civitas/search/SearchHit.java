package org.civitas.search;

import java.time.Instant;

/**
 * One result. {@code snippet} is HTML: the contribution's text, escaped, with the matching words in
 * {@code <mark>}; every other field is plain text.
 */
public record SearchHit(String component, String type, String id, long spaceId, String title, String snippet,
                        String status, String district, String author, Instant createdAt, String path, float score) {

    private static final int PLAIN_SNIPPET = 240;

    /** The snippet of a hit without highlighted words: the start of its text, escaped. */
    public static String plainSnippet(String body) {
        String text = body == null ? "" : body;
        String start = text.length() > PLAIN_SNIPPET ? text.substring(0, PLAIN_SNIPPET) + "…" : text;
        return start.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
