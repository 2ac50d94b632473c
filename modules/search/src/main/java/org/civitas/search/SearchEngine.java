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

    /** Adds or replaces a contribution (by component and id). */
    void index(SearchableContribution contribution);

    /** Adds or replaces several contributions at once (a reindex), embedding them together. */
    void indexAll(List<SearchableContribution> contributions);

    /** Removes a contribution for good. */
    void remove(String component, String id);

    /** Hides a contribution from every search while moderators decide, or shows it again. */
    void hide(String component, String id, boolean hidden);

    SearchResults search(SearchQuery query);

    /** Contributions close to a text being typed, e.g. "there are already similar ideas". */
    List<SearchHit> similar(String text, String component, Set<String> readers, int limit);

    /** How many contributions the index holds, hidden ones included. */
    long size();

    @Override
    void close();
}
