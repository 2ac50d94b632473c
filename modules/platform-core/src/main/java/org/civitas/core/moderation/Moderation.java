package org.civitas.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.core.Authority;
import org.civitas.core.Messages;
import org.civitas.core.account.Citizen;
import org.civitas.core.audit.AuditEntry;
import org.civitas.core.audit.AuditLog;
import org.civitas.core.space.ComponentRegistry;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ContributionHidden;
import org.civitas.spi.ContributionRestored;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Outbox;
import org.civitas.spi.RateLimits;
import org.civitas.spi.Refusal;
import org.civitas.spi.Reportable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reports on any contribution, hiding after N reports, and the moderators' decisions. */
@ApplicationScoped
public class Moderation implements ModerationStatus {

    @PersistenceContext(unitName = "civitas")
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    ComponentRegistry registry;
    @Inject
    RateLimits limits;
    @Inject
    @ConfigProperty(name = "civitas.moderation.hide-after-reports", defaultValue = "3")
    int hideAfter;
    @Inject
    @ConfigProperty(name = "civitas.moderation.trusted-after-days", defaultValue = "7")
    int trustedAfterDays;

    static final int MAX_DETAILS = 2000;
    static final String REMOVED = "moderation.removed";
    static final String RESTORED = "moderation.restored";

    /** What a reporter is told: what they reported, never how many others did or why. */
    public record ReportReceipt(String component, String contributionId, String title) {
    }

    /**
     * A citizen reports a contribution they can see. The component confirms it exists and is visible to them
     * and gives its title; a report of anything else is refused as not found.
     */
    @Transactional
    public ReportReceipt report(CitizenRef reporter, String component, String contributionId,
                                      Report.Reason reason, String details) {
        if (reporter == null) {
            throw Messages.refusal(Refusal.Kind.UNAUTHENTICATED, "permission.sign-in");
        }
        if (reason == null) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "moderation.report.invalid");
        }
        if (details != null && details.length() > MAX_DETAILS) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "moderation.report.details-length", MAX_DETAILS);
        }
        Reportable target = reportable(reporter, component, contributionId);
        String id = target.id();
        limits.take("report", Long.toString(reporter.id()), 20, Duration.ofHours(1));
        Instant now = Instant.now();
        Citizen account = em.find(Citizen.class, reporter.id());
        int points = ReportWeight.points(reporter, account.getCreatedAt(), now, Duration.ofDays(trustedAfterDays));
        ModerationCase c = find(component, id).orElseGet(() -> {
            ModerationCase created = new ModerationCase(component, id);
            em.persist(created);
            return created;
        });
        if (c.getStatus() == ModerationCase.Status.REMOVED) {
            // Removed for good: there is nothing left to report, as for anything else no one may open.
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "moderation.report.not-found");
        }
        c.describe(target);
        long already = em.createQuery("SELECT COUNT(r) FROM Report r WHERE r.moderationCase = :c "
                        + "AND r.reporterId = :reporter", Long.class)
                .setParameter("c", c).setParameter("reporter", reporter.id()).getSingleResult();
        if (already > 0 && c.isOpen()) {
            throw Messages.refusal(Refusal.Kind.CONFLICT, "moderation.report.already");
        }
        em.createQuery("DELETE FROM Report r WHERE r.moderationCase = :c AND r.reporterId = :reporter")
                .setParameter("c", c).setParameter("reporter", reporter.id()).executeUpdate();
        em.persist(new Report(c, reporter.id(), reason, details == null || details.isBlank() ? null : details.strip(), now));
        if (c.reported(points, hideAfter)) {
            outbox.record(new ContributionHidden(component, id, c.getStatus().name()));
        }
        return new ReportReceipt(component, id, target.title());
    }

    /** What is reported, as the reporter may see it: its component must say so. */
    public Reportable reportable(CitizenRef reader, String component, String contributionId) {
        if (component == null || contributionId == null || contributionId.isBlank() || contributionId.length() > 100) {
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "moderation.report.not-found");
        }
        return registry.find(component).flatMap(c -> c.reportable(contributionId, reader))
                .orElseThrow(() -> Messages.refusal(Refusal.Kind.NOT_FOUND, "moderation.report.not-found"));
    }

    /**
     * A moderator's decision. {@code expectedVersion} is the version the moderator saw: when someone else
     * decided meanwhile, the decision is refused with a conflict rather than silently overwriting theirs.
     */
    @Transactional
    public ModerationQueueItem decide(CitizenRef moderator, long caseId, int expectedVersion, boolean remove,
                                      String reason) {
        String why = decisionReason(moderator, reason);
        ModerationCase c = em.find(ModerationCase.class, caseId);
        if (c == null) {
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "moderation.not-found");
        }
        if (c.getVersion() != expectedVersion || !c.isOpen()) {
            throw Messages.refusal(Refusal.Kind.CONFLICT, "moderation.conflict");
        }
        apply(moderator, c, remove, why);
        flush();
        return item(c);
    }

    /**
     * The same decision on several cases, each at the version the moderator saw. A case someone else decided
     * meanwhile (or that does not exist) is left as it is and named in the outcome; the others are decided.
     */
    @Transactional
    public ModerationViews.BulkOutcome decideAll(CitizenRef moderator, Map<Long, Integer> versions, boolean remove,
                                                 String reason) {
        String why = decisionReason(moderator, reason);
        if (versions.isEmpty() || versions.size() > ModerationFilter.PAGE_SIZE * 5) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "moderation.bulk.count", ModerationFilter.PAGE_SIZE * 5);
        }
        List<Long> conflicts = new ArrayList<>();
        int decided = 0;
        for (Map.Entry<Long, Integer> seen : versions.entrySet()) {
            ModerationCase c = em.find(ModerationCase.class, seen.getKey());
            if (c == null) {
                throw Messages.refusal(Refusal.Kind.NOT_FOUND, "moderation.not-found");
            }
            if (c.getVersion() != seen.getValue() || !c.isOpen()) {
                conflicts.add(seen.getKey());
                continue;
            }
            apply(moderator, c, remove, why);
            decided++;
        }
        flush();
        return new ModerationViews.BulkOutcome(decided, conflicts);
    }

    private static String decisionReason(CitizenRef moderator, String reason) {
        Authority.moderator(moderator);
        if (reason == null || reason.isBlank()) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "moderation.reason.required");
        }
        if (reason.length() > MAX_DETAILS) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.too-long");
        }
        return reason.strip();
    }

    private void apply(CitizenRef moderator, ModerationCase c, boolean remove, String reason) {
        boolean wasHidden = c.hides();
        c.decide(remove, reason, Instant.now());
        if (remove) {
            // Even when reports already hid it: components and search drop a removed contribution for good.
            outbox.record(new ContributionHidden(c.getComponent(), c.getContributionId(), c.getStatus().name()));
        } else if (wasHidden) {
            outbox.record(new ContributionRestored(c.getComponent(), c.getContributionId()));
        }
        audit.record(moderator, remove ? REMOVED : RESTORED, c.getComponent(), c.getContributionId(), reason,
                "reports=" + c.getReportCount());
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Messages.refusal(Refusal.Kind.CONFLICT, "moderation.conflict");
        }
    }

    /** Open cases matching the filters, most reported first, then the longest waiting; a page at a time. */
    @Transactional
    public ModerationViews.QueuePage queue(CitizenRef moderator, ModerationFilter filter) {
        Authority.moderator(moderator);
        StringBuilder where = new StringBuilder(" FROM ModerationCase m WHERE m.status IN :statuses");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("statuses", List.of(ModerationCase.Status.REPORTED, ModerationCase.Status.HIDDEN));
        if (filter.component() != null) {
            where.append(" AND m.component = :component");
            params.put("component", filter.component());
        }
        if (filter.spaceId() != null) {
            where.append(" AND m.instanceId IN (SELECT ci.id FROM ComponentInstance ci WHERE ci.space.id = :space)");
            params.put("space", filter.spaceId());
        }
        if (filter.reason() != null) {
            where.append(" AND EXISTS (SELECT r FROM Report r WHERE r.moderationCase = m AND r.reason = :reason)");
            params.put("reason", filter.reason());
        }
        Instant now = Instant.now();
        if (filter.waiting() != null) {
            switch (filter.waiting()) {
                case LAST_DAY -> params.put("since", now.minus(Duration.ofDays(1)));
                case LAST_WEEK -> params.put("since", now.minus(Duration.ofDays(7)));
                case OVER_A_WEEK -> params.put("before", now.minus(Duration.ofDays(7)));
            }
            where.append(params.containsKey("since") ? " AND m.lastReportedAt >= :since" : " AND m.firstReportedAt < :before");
        }
        var page = em.createQuery("SELECT m" + where + " ORDER BY m.reportCount DESC, m.firstReportedAt, m.id",
                ModerationCase.class);
        var count = em.createQuery("SELECT COUNT(m)" + where, Long.class);
        params.forEach((k, v) -> {
            page.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<ModerationCase> cases = page.setFirstResult(filter.page() * ModerationFilter.PAGE_SIZE)
                .setMaxResults(ModerationFilter.PAGE_SIZE).getResultList();
        return new ModerationViews.QueuePage(items(cases), count.getSingleResult(), filter.page(), ModerationFilter.PAGE_SIZE);
    }

    /** One case in full, for its decision: every report with its reporter's record, and earlier decisions. */
    @Transactional
    public ModerationViews.CaseView caseView(CitizenRef moderator, long caseId) {
        Authority.moderator(moderator);
        ModerationCase c = em.find(ModerationCase.class, caseId);
        if (c == null) {
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "moderation.not-found");
        }
        List<Report> reports = em.createQuery("SELECT r FROM Report r WHERE r.moderationCase = :c ORDER BY r.createdAt DESC",
                Report.class).setParameter("c", c).getResultList();
        List<ModerationViews.ReportView> views = reports.stream().map(r -> {
            Citizen reporter = r.getReporterId() == null ? null : em.find(Citizen.class, r.getReporterId());
            if (reporter == null) {
                return new ModerationViews.ReportView(r.getReason(), r.getDetails(), r.getCreatedAt(), null, null, 0, 0);
            }
            Object[] record = (Object[]) em.createNativeQuery("SELECT COUNT(*), COUNT(*) FILTER (WHERE m.status = 'REMOVED') "
                    + "FROM core_report r JOIN core_moderation m ON m.id = r.case_id WHERE r.reporter_id = ?1")
                    .setParameter(1, reporter.getId()).getSingleResult();
            return new ModerationViews.ReportView(r.getReason(), r.getDetails(), r.getCreatedAt(), reporter.getPseudonym(),
                    reporter.getCreatedAt(), ((Number) record[0]).longValue(), ((Number) record[1]).longValue());
        }).toList();
        List<ModerationViews.DecisionView> decisions = em.createQuery("SELECT a FROM AuditEntry a WHERE a.targetType = :component "
                        + "AND a.targetId = :id AND a.action IN :actions ORDER BY a.at DESC", AuditEntry.class)
                .setParameter("component", c.getComponent()).setParameter("id", c.getContributionId())
                .setParameter("actions", List.of(REMOVED, RESTORED)).getResultStream()
                .map(a -> new ModerationViews.DecisionView(a.getAt(), a.getActorPseudonym(), REMOVED.equals(a.getAction()),
                        a.getReason())).toList();
        return new ModerationViews.CaseView(item(c), views, decisions);
    }

    private ModerationQueueItem item(ModerationCase c) {
        return items(List.of(c)).get(0);
    }

    /** Queue lines with their open reports counted by reason (reports since the last decision) and their space. */
    private List<ModerationQueueItem> items(List<ModerationCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cases.stream().map(ModerationCase::getId).toList();
        Map<Long, Map<Report.Reason, Long>> reasons = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.moderationCase.id, r.reason, COUNT(r) FROM Report r "
                        + "WHERE r.moderationCase.id IN :ids AND (r.moderationCase.decidedAt IS NULL "
                        + "OR r.createdAt > r.moderationCase.decidedAt) GROUP BY r.moderationCase.id, r.reason", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            reasons.computeIfAbsent((Long) row[0], k -> new EnumMap<>(Report.Reason.class))
                    .put((Report.Reason) row[1], ((Number) row[2]).longValue());
        }
        List<Long> instances = cases.stream().map(ModerationCase::getInstanceId).filter(Objects::nonNull).distinct().toList();
        Map<Long, Long> spaces = new HashMap<>();
        if (!instances.isEmpty()) {
            for (Object[] row : em.createQuery("SELECT ci.id, ci.space.id FROM ComponentInstance ci WHERE ci.id IN :ids",
                    Object[].class).setParameter("ids", instances).getResultList()) {
                spaces.put((Long) row[0], (Long) row[1]);
            }
        }
        return cases.stream().map(c -> ModerationQueueItem.of(c, spaces.get(c.getInstanceId()),
                reasons.getOrDefault(c.getId(), Map.of()))).toList();
    }

    @Override
    @Transactional
    public boolean isHidden(String component, String contributionId) {
        return find(component, contributionId).map(ModerationCase::hides).orElse(false);
    }

    @Override
    @Transactional
    public Set<String> hidden(String component) {
        return cases(component, List.of(ModerationCase.Status.HIDDEN, ModerationCase.Status.REMOVED))
                .stream().map(ModerationCase::getContributionId).collect(Collectors.toSet());
    }

    @Override
    @Transactional
    public Set<String> removed(String component) {
        return cases(component, List.of(ModerationCase.Status.REMOVED))
                .stream().map(ModerationCase::getContributionId).collect(Collectors.toSet());
    }

    @Override
    @Transactional
    public Map<String, Integer> openReports(String component) {
        return cases(component, List.of(ModerationCase.Status.REPORTED, ModerationCase.Status.HIDDEN))
                .stream().collect(Collectors.toMap(ModerationCase::getContributionId, ModerationCase::getReportCount));
    }

    private List<ModerationCase> cases(String component, List<ModerationCase.Status> statuses) {
        return em.createQuery("SELECT m FROM ModerationCase m WHERE m.component = :component AND m.status IN :statuses",
                        ModerationCase.class)
                .setParameter("component", component).setParameter("statuses", statuses).getResultList();
    }

    private Optional<ModerationCase> find(String component, String contributionId) {
        return em.createNamedQuery("ModerationCase.find", ModerationCase.class)
                .setParameter("component", component).setParameter("id", contributionId)
                .getResultStream().findFirst();
    }
}
