package org.civitas.spi;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Tells a component whether moderation hides one of its contributions (reported too often, or removed). */
public interface ModerationStatus {
    boolean isHidden(String component, String contributionId);

    /** Which of these contributions moderation hides, in one look-up (for a list page). */
    Set<String> hiddenAmong(String component, Collection<String> contributionIds);

    /** Reports awaiting a moderator's decision, by contribution id (absent when none), e.g. for a triage queue. */
    Map<String, Integer> openReports(String component, Collection<String> contributionIds);
}
