package org.civitas.core.moderation;

import java.time.Instant;
import java.util.Map;
import org.civitas.spi.LocalizedText;

/**
 * A line of the moderators' queue: what was reported and where (kind, title, excerpt, link, space), how often and
 * why (open reports by reason), and since when.
 */
public record ModerationQueueItem(long id, String component, String contributionId, LocalizedText kind, String title,
                                  String excerpt, String path, Long spaceId, String status, int reports,
                                  Map<Report.Reason, Long> reasons, Instant firstReportedAt, Instant lastReportedAt,
                                  int version) {
    static ModerationQueueItem of(ModerationCase c, Long spaceId, Map<Report.Reason, Long> reasons) {
        return new ModerationQueueItem(c.getId(), c.getComponent(), c.getContributionId(), c.getKind(), c.getTitle(),
                c.getExcerpt(), c.getPath(), spaceId, c.getStatus().name(), c.getReportCount(), reasons,
                c.getFirstReportedAt(), c.getLastReportedAt(), c.getVersion());
    }

    public boolean hidden() {
        return ModerationCase.Status.HIDDEN.name().equals(status);
    }
}
