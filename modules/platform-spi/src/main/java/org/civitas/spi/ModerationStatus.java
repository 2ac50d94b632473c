package org.civitas.spi;

/** Tells a component whether moderation hides one of its contributions (reported too often, or removed). */
public interface ModerationStatus {
    boolean isHidden(String component, String contributionId);
}
