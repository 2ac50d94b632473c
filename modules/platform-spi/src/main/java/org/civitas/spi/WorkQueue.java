package org.civitas.spi;

/**
 * A component's own queue for moderators (say, the idea box's triage across every box), listed in the portal's
 * "Moderation" menu beside the reports, so that moderators find all their work in one place.
 */
public record WorkQueue(LocalizedText name, String path) {
}
