package org.civitas.search;

import java.time.Instant;

/**
 * One result. {@code markedTitle} and {@code snippet} are HTML: the contribution's title and text, escaped, with
 * the words matching the query (in any form that stems alike) in {@code <mark>}; every other field is plain text.
 */
public record SearchHit(String component, String type, String id, long spaceId, String title, String markedTitle,
                        String snippet,
                        String status, String district, String author, Instant createdAt, String path, float score) {

    private static final int PLAIN_SNIPPET = 240;

    /** The snippet of a hit without highlighted words: the start of its text, escaped. */
    public static String plainSnippet(String body) {
        String text = body == null ? "" : body;
        return escaped(text.length() > PLAIN_SNIPPET ? text.substring(0, PLAIN_SNIPPET) + "…" : text);
    }

    /** Text as HTML, for the title of a hit no word of the query matched. */
    public static String escaped(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
