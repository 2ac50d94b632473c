package org.civitas.search;

import java.util.List;
import java.util.Map;

/** A page of results, the total, and for each facet the count of matching contributions per value. */
public record SearchResults(long total, int page, int size, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
}
