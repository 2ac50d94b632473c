package org.civitas.spi;

import java.util.List;

/**
 * One page of a component's searchable contributions, for a full reindex.
 *
 * @param next where the following page starts (opaque to the platform, kept across restarts so an
 *             interrupted reindex resumes there), or null after the last page
 */
public record SearchablePage(List<SearchableContribution> contributions, String next) {

    public static final SearchablePage END = new SearchablePage(List.of(), null);

    public SearchablePage {
        contributions = List.copyOf(contributions);
    }
}
