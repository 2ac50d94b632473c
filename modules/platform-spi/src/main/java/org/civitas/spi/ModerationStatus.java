package org.civitas.spi;

import java.util.Collection;
import java.util.Map;

/** Tells a component whether moderation hides one of its contributions (reported too often, or removed). */
public interface ModerationStatus {
    boolean isHidden(String component, String contributionId);

    /** Reports awaiting a moderator's decision, by contribution id (absent when none), e.g. for a triage queue. */
    Map<String, Integer> openReports(String component, Collection<String> contributionIds);
}
