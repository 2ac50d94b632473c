package org.civitas.search;

import java.time.LocalDate;
import java.util.Map;

/**
 * A search as a person asks it. {@code filters} keys are facet names ({@link SearchEngine#FACETS}) and
 * values the wanted value; only contributions the {@link Audience} may read are returned.
 */
public record SearchQuery(String text, Map<String, String> filters, LocalDate from, LocalDate to, int page,
                          int size, Audience audience) {

    public static final int MAX_SIZE = 50;
    /** Deep pages cost more than they help; people refine instead. */
    public static final int MAX_DEPTH = 1000;

    public SearchQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        audience = audience == null ? Audience.PUBLIC : audience;
        size = Math.max(1, Math.min(size, MAX_SIZE));
        page = Math.max(0, Math.min(page, MAX_DEPTH / size - 1));
    }

    /** Words of a query beyond these add nothing but clauses (a pasted page would exceed the engines' limits). */
    public static final int MAX_WORDS = 64;

    /** The first {@link #MAX_WORDS} words of what was typed. */
    public static String clip(String text) {
        String[] words = text.strip().split("\\s+", MAX_WORDS + 1);
        return words.length <= MAX_WORDS ? text : String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
    }

    /** True when the text holds no letter or digit: nothing to look for, and nothing a sentence model can embed. */
    public static boolean isBlank(String text) {
        return text == null || text.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
