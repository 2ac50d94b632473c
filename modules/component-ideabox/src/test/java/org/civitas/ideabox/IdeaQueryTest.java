package org.civitas.ideabox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Filters go into the query that the page and its total share, never after it. */
class IdeaQueryTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void thePublicListExcludesHiddenIdeasInItsQuery() {
        IdeaQuery query = IdeaReading.listQuery(7, new IdeaReading.Filter(" Mobilités ", "", null,
                LocalDate.parse("2027-02-01"), null, "recent", 0), List.of(12L, 40L));
        assertEquals(" FROM Idea i WHERE i.componentId = :c AND i.status NOT IN :unlisted AND i.category = :category"
                + " AND i.submittedAt >= :from AND i.id NOT IN :hidden", query.where());
        assertEquals(List.of(12L, 40L), query.params().get("hidden"));
        assertEquals(Set.of(Status.DRAFT, Status.WITHDRAWN), Set.copyOf((List<?>) query.params().get("unlisted")),
                "neither drafts nor withdrawn ideas are listed");
        assertEquals("Mobilités", query.params().get("category"));
        assertEquals(Instant.parse("2027-02-01T00:00:00Z"), query.params().get("from"));
    }

    @Test
    void withNothingHiddenTheListHasNoHiddenCondition() {
        IdeaQuery query = IdeaReading.listQuery(7, new IdeaReading.Filter(null, null, Status.ADMISSIBLE, null,
                LocalDate.parse("2027-02-28"), "supports", 2), List.of());
        assertFalse(query.where().contains("hidden"), query.where());
        assertEquals(Instant.parse("2027-03-01T00:00:00Z"), query.params().get("to"), "the whole last day");
        assertEquals(Set.of("c", "unlisted", "status", "to"), query.params().keySet());
    }

    @Test
    void theReportedQueueFiltersOnReportedIdeasInItsQuery() {
        IdeaQuery query = TriageQueue.queueQuery(new IdeaQuery(List.of(7L)), new TriageQueue.QueueFilter(null, null, "75011",
                10, "me", true), 99, List.of(3L, 5L), List.of(), NOW);
        assertEquals(" FROM Idea i WHERE i.componentId IN :c AND i.status IN :statuses AND i.district = :district"
                + " AND i.submittedAt <= :filedBefore AND i.assigneeId = :me AND i.id IN :reported", query.where());
        assertEquals(List.of(3L, 5L), query.params().get("reported"));
        assertEquals(99L, query.params().get("me"));
        assertEquals(NOW.minusSeconds(10 * 86400), query.params().get("filedBefore"));
        assertTrue(Status.WAITING.containsAll((List<?>) query.params().get("statuses")));
    }

    @Test
    void theWholeQueueHasNoReportedCondition() {
        IdeaQuery query = TriageQueue.queueQuery(new IdeaQuery(List.of(7L)), new TriageQueue.QueueFilter(
                Set.of(Status.UNDER_REVIEW), " ", null, 0, "none", false), 99, null, List.of(), NOW);
        assertEquals(" FROM Idea i WHERE i.componentId IN :c AND i.status IN :statuses AND i.assigneeId IS NULL",
                query.where());
        assertEquals(List.of(Status.UNDER_REVIEW), query.params().get("statuses"));
    }

    @Test
    void theQueueAcrossBoxesLeavesOutWhatModeratorsRemoved() {
        IdeaQuery query = TriageQueue.queueQuery(new IdeaQuery(List.of(7L, 8L)), new TriageQueue.QueueFilter(null, null,
                null, null, null, false), 99, null, List.of(12L), NOW);
        assertEquals(" FROM Idea i WHERE i.componentId IN :c AND i.status IN :statuses AND i.id NOT IN :removed",
                query.where());
        assertEquals(List.of(7L, 8L), query.params().get("c"));
        assertEquals(List.of(12L), query.params().get("removed"));
    }

    @Test
    void contributionIdsThatAreNotIdeasAreSkipped() {
        assertEquals(List.of(4L, 31L), IdeaStore.ideaIds(Set.of("31", "abc", "4", "", "-2", "99999999999999999999")));
        assertEquals(List.of(), IdeaStore.ideaIds(Set.of()));
    }
}
