package org.civitas.ideabox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Refusal;

/** What waits for moderators: the triage queue of one box or of every box, and each box's figures. */
@ApplicationScoped
public class TriageQueue {

    /** The most ideas a queue shows at once. */
    static final int QUEUE_MAX = 200;

    /**
     * The filters of the triage queue; {@code assigned}: {@code me}, {@code none} or null for all;
     * {@code reported}: only ideas with reports awaiting moderation.
     */
    public record QueueFilter(Set<Status> statuses, String category, String district, Integer minAgeDays,
                              String assigned, boolean reported) {
        public QueueFilter {
            category = IdeaStore.orNull(category);
            district = IdeaStore.orNull(district);
            assigned = IdeaStore.orNull(assigned);
            // Older than a century means all of them; the date computed from it stays in range.
            minAgeDays = minAgeDays == null || minAgeDays <= 0 ? null : Math.min(minAgeDays, 36_500);
        }
    }

    @PersistenceContext(unitName = "ideabox")
    EntityManager em;
    @Inject
    IdeaStore store;
    @Inject
    ComponentAccess access;
    @Inject
    ModerationStatus moderation;

    /**
     * Ideas waiting for a decision (by default), oldest first, with their age against their box's target response
     * time: of one box, or, when {@code componentId} is null, of every box the moderator triages. Ideas a moderator
     * removed are no longer waiting for anyone; those reports hid are marked.
     */
    @Transactional
    public Views.Queue queue(CitizenRef moderator, Long componentId, QueueFilter filter) {
        Map<Long, ComponentRef> boxes;
        if (componentId != null) {
            access.require(IdeaBoxComponent.ID, moderator, componentId, "triage", null);
            boxes = Map.of(componentId, access.component(IdeaBoxComponent.ID, componentId, moderator));
        } else {
            boxes = triaged(moderator);
            if (boxes.isEmpty()) {
                return new Views.Queue(List.of(), 0, null);
            }
        }
        Integer responseDays = componentId == null ? null : IdeaBoxComponent.responseDays(boxes.get(componentId));
        // Reports live in core's moderation cases: the reported ids are asked first, so that the query filters on
        // them and the cap and the total apply to reported ideas only.
        Map<String, Integer> reports = moderation.openReports(IdeaBoxComponent.ID);
        Set<String> hidden = moderation.hidden(IdeaBoxComponent.ID);
        List<Long> reported = filter.reported() ? IdeaStore.ideaIds(reports.keySet()) : null;
        if (reported != null && reported.isEmpty()) {
            return new Views.Queue(List.of(), 0, responseDays);
        }
        Instant now = Instant.now();
        IdeaQuery query = queueQuery(new IdeaQuery(List.copyOf(boxes.keySet())), filter, moderator.id(), reported,
                IdeaStore.ideaIds(moderation.removed(IdeaBoxComponent.ID)), now);
        List<Idea> waiting = query.page(em, "i.submittedAt ASC, i.id ASC", 0, QUEUE_MAX);
        List<Views.QueueItem> items = waiting.stream().map(i -> {
            ComponentRef box = boxes.get(i.getComponentId());
            long age = Duration.between(i.getSubmittedAt(), now).toDays();
            return new Views.QueueItem(i.getId(), i.getVersion(), i.getComponentId(), box.title(), i.getTitle(),
                    IdeaStore.excerpt(i.getBody()), i.getCategory(), i.getDistrict(), i.getStatus(), i.getAuthorPseudonym(),
                    i.getSubmittedAt(), age, i.getFirstDecisionAt() == null && age >= IdeaBoxComponent.responseDays(box),
                    i.getAssigneePseudonym(), Long.valueOf(moderator.id()).equals(i.getAssigneeId()), i.getSupports(),
                    reports.getOrDefault(i.getId().toString(), 0), hidden.contains(i.getId().toString()));
        }).toList();
        return new Views.Queue(items, query.count(em), responseDays);
    }

    /** The boxes holding ideas that {@code moderator} may triage, by id. */
    @Transactional
    public Map<Long, ComponentRef> triaged(CitizenRef moderator) {
        IdeaStore.signedIn(moderator);
        if (!IdeaStore.isModerator(moderator)) {
            throw Texts.refusal(Refusal.Kind.FORBIDDEN, "triage.forbidden");
        }
        Map<Long, ComponentRef> boxes = new LinkedHashMap<>();
        for (Long box : em.createQuery("SELECT DISTINCT i.componentId FROM Idea i ORDER BY i.componentId", Long.class)
                .getResultList()) {
            try {
                access.require(IdeaBoxComponent.ID, moderator, box, "triage", null);
                boxes.put(box, access.component(IdeaBoxComponent.ID, box, moderator));
            } catch (Refusal notTheirs) {
                // A box this moderator does not triage is not in their queue.
            }
        }
        return boxes;
    }

    /**
     * The queue's conditions; {@code reported}, when not null, the only ideas to keep (at least one);
     * {@code removed}, ideas moderation removed, left out.
     */
    static IdeaQuery queueQuery(IdeaQuery boxes, QueueFilter filter, long moderatorId, List<Long> reported,
                                List<Long> removed, Instant now) {
        return boxes
                .and("i.status IN :statuses", "statuses", filter.statuses() == null || filter.statuses().isEmpty()
                        ? List.copyOf(Status.WAITING) : List.copyOf(filter.statuses()))
                .equal("category", filter.category())
                .equal("district", filter.district())
                .and("i.submittedAt <= :filedBefore", "filedBefore", filter.minAgeDays() != null && filter.minAgeDays() > 0
                        ? now.minus(Duration.ofDays(filter.minAgeDays())) : null)
                .and("i.assigneeId = :me", "me", "me".equals(filter.assigned()) ? moderatorId : null)
                .and("i.assigneeId IS NULL", "none".equals(filter.assigned()))
                .and("i.id IN :reported", "reported", reported)
                .and("i.id NOT IN :removed", "removed", removed.isEmpty() ? null : removed);
    }

    @Transactional
    public Views.Stats stats(CitizenRef viewer, long componentId) {
        access.require(IdeaBoxComponent.ID, viewer, componentId, "triage", null);
        int responseDays = IdeaBoxComponent.responseDays(access.component(IdeaBoxComponent.ID, componentId, viewer));
        List<Views.Week> weeks = ((List<?>) em.createNativeQuery(
                        "SELECT CAST(date_trunc('week', submitted_at AT TIME ZONE 'UTC') AS DATE), COUNT(*) FROM ideabox_idea "
                                + "WHERE component_id = ?1 AND submitted_at >= now() - INTERVAL '12 weeks' GROUP BY 1 ORDER BY 1")
                .setParameter(1, componentId).getResultList()).stream().map(r -> (Object[]) r)
                .map(r -> new Views.Week(((java.sql.Date) r[0]).toLocalDate(), ((Number) r[1]).longValue())).toList();
        Number medianSeconds = (Number) em.createNativeQuery(
                        "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM first_decision_at - submitted_at)) "
                                + "FROM ideabox_idea WHERE component_id = ?1 AND first_decision_at IS NOT NULL")
                .setParameter(1, componentId).getSingleResult();
        Map<String, Long> decisions = store.counts(
                "SELECT s.kind, COUNT(*) FROM ideabox_step s JOIN ideabox_idea i ON i.id = s.idea_id WHERE i.component_id = ?1 "
                        + "AND s.kind IN ('REVIEW','ADMISSIBLE','NOT_ADMISSIBLE','DUPLICATE','INFORMATION_REQUESTED','REDIRECTED') "
                        + "GROUP BY s.kind ORDER BY 2 DESC", componentId);
        Map<String, Long> redirects = store.counts("SELECT redirect_label, COUNT(*) FROM ideabox_idea WHERE component_id = ?1 "
                + "AND status = 'REDIRECTED' GROUP BY redirect_label ORDER BY 2 DESC", componentId);
        // Counted with the queue's own conditions, so that the figures and the queue agree (removed ideas left out).
        QueueFilter all = new QueueFilter(null, null, null, null, null, false);
        List<Long> removed = IdeaStore.ideaIds(moderation.removed(IdeaBoxComponent.ID));
        Instant now = Instant.now();
        long waiting = queueQuery(new IdeaQuery(List.of(componentId)), all, viewer.id(), null, removed, now).count(em);
        long overdue = queueQuery(new IdeaQuery(List.of(componentId)), all, viewer.id(), null, removed, now)
                .and("i.firstDecisionAt IS NULL", true)
                .and("i.submittedAt <= :limit", "limit", now.minus(Duration.ofDays(responseDays))).count(em);
        return new Views.Stats(weeks, medianSeconds == null ? null : medianSeconds.doubleValue() / 3600, decisions,
                redirects, waiting, overdue);
    }
}
