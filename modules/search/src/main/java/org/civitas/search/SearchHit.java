package org.civitas.search;

import java.time.Instant;

/**
 * One result. {@code snippet} is HTML: the contribution's text, escaped, with the matching words in
 * {@code <mark>}; every other field is plain text.
 */
public record SearchHit(String component, String type, String id, long spaceId, String title, String snippet,
                        String status, String district, String author, Instant createdAt, String path, float score) {
}
