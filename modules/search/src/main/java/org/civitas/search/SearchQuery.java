package org.civitas.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A search as a person asks it. {@code filters} keys are facet names ({@link SearchEngine#FACETS}) and
 * values the wanted value; {@code readers} are the viewer's reader keys (see {@link
 * org.civitas.spi.SearchableContribution}): only contributions readable by one of them are returned.
 */
public record SearchQuery(String text, Map<String, String> filters, LocalDate from, LocalDate to, int page,
                          int size, Set<String> readers) {

    public static final int MAX_SIZE = 50;
    /** Deep pages cost more than they help; people refine instead. */
    public static final int MAX_DEPTH = 1000;

    public SearchQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        readers = readers == null ? Set.of() : Set.copyOf(readers);
        size = Math.max(1, Math.min(size, MAX_SIZE));
        page = Math.max(0, Math.min(page, MAX_DEPTH / size - 1));
    }
}
