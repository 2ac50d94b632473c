package org.civitas.search;

import java.util.List;
import java.util.Set;
import org.civitas.spi.SearchableContribution;

/**
 * The one index of contributions across components. Lucene in-process is the default; a cluster uses
 * Elasticsearch. Both pass the same contract tests.
 */
public interface SearchEngine extends AutoCloseable {

    /** Facets offered on every search, in display order. */
    List<String> FACETS = List.of("component", "space", "district", "status", "type", "month");

    /** The city's clock: days of the date filters and months of the month facet are the city's, not UTC's. */
    java.time.ZoneId CITY = java.time.ZoneId.of("Europe/Paris");

    /** Adds or replaces a contribution (by component and id), visible to searches. */
    default void index(SearchableContribution contribution) {
        indexAll(List.of(contribution), Set.of());
    }

    /**
     * Adds or replaces contributions, embedding them together; those whose {@code uid} is in {@code hidden}
     * are hidden by moderation from the start, never visible in between.
     */
    void indexAll(List<SearchableContribution> contributions, Set<String> hidden);

    /** Removes a contribution for good. */
    void remove(String component, String id);

    /** Hides a contribution from every search while moderators decide, or shows it again. */
    void hide(String component, String id, boolean hidden);

    SearchResults search(SearchQuery query);

    /** Contributions close to a text being typed, e.g. "there are already similar ideas". */
    List<SearchHit> similar(String text, String component, Audience audience, int limit);

    /**
     * True when the index holds contributions written in an older layout that searches can no longer filter
     * correctly (such as without the instance a contribution belongs to): it must be rebuilt.
     */
    default boolean outdated() {
        return false;
    }

    /** How many contributions the index holds, hidden ones included. */
    long size();

    @Override
    void close();
}
