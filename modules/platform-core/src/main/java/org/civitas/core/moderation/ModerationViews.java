package org.civitas.core.moderation;

import java.time.Instant;
import java.util.List;

/** What the moderators' pages show, beyond a queue line. */
public final class ModerationViews {

    private ModerationViews() {
    }

    /** A page of the queue and how many cases match the filters in all. */
    public record QueuePage(List<ModerationQueueItem> items, long total, int page, int pageSize) {
        public boolean hasNext() {
            return (long) (page + 1) * pageSize < total;
        }
    }

    /**
     * One report as a moderator weighs it: who reported (pseudonym, account age, and how their past reports
     * ended), why and when. {@code reporter} is null once the account was erased.
     */
    public record ReportView(Report.Reason reason, String details, Instant at, String reporter, Instant reporterSince,
                             long reporterReports, long reporterUpheld) {
    }

    /** A past decision on the contribution, from the audit log. */
    public record DecisionView(Instant at, String moderator, boolean removed, String reason) {
    }

    /** A case in full: the line of the queue, every report, and the decisions taken on it before. */
    public record CaseView(ModerationQueueItem item, List<ReportView> reports, List<DecisionView> decisions) {
    }

    /** A bulk decision's outcome: the cases decided, and those someone else decided first (left as they were). */
    public record BulkOutcome(int decided, List<Long> conflicts) {
    }
}
