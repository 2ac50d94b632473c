package org.civitas.spi;

import java.util.Map;
import java.util.Set;

/** Tells a component whether moderation hides one of its contributions (reported too often, or removed). */
public interface ModerationStatus {
    boolean isHidden(String component, String contributionId);

    /**
     * Every contribution of this component that moderation hides. A list page excludes them in its query, so that
     * its pages and its total agree; hidden contributions are few, being reported or removed.
     */
    Set<String> hidden(String component);

    /** Every contribution of this component that a moderator removed for good (a subset of {@link #hidden}). */
    Set<String> removed(String component);

    /** Reports awaiting a moderator's decision, by contribution id, for each contribution of this component that has some. */
    Map<String, Integer> openReports(String component);
}
