package org.civitas.core.moderation;

/** A line of the moderators' queue. */
public record ModerationQueueItem(long id, String component, String contributionId, String title, String status,
                                  int reports, int version) {
    static ModerationQueueItem of(ModerationCase c) {
        return new ModerationQueueItem(c.getId(), c.getComponent(), c.getContributionId(), c.getTitle(),
                c.getStatus().name(), c.getReportCount(), c.getVersion());
    }
}
