package org.civitas.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.core.Authority;
import org.civitas.core.Messages;
import org.civitas.core.account.Citizen;
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

    /**
     * A citizen reports a contribution they can see. The component confirms it exists and is visible to them
     * and gives its title; a report of anything else is refused as not found.
     */
    @Transactional
    public ModerationQueueItem report(CitizenRef reporter, String component, String contributionId,
                                      Report.Reason reason, String details) {
        if (reporter == null) {
            throw Messages.refusal(Refusal.Kind.UNAUTHENTICATED, "permission.sign-in");
        }
        if (reason == null || (details != null && details.length() > MAX_DETAILS)) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "moderation.report.invalid");
        }
        Reportable target = reportable(reporter, component, contributionId);
        String id = target.id();
        limits.take("report", Long.toString(reporter.id()), 20, Duration.ofHours(1));
        Instant now = Instant.now();
        Citizen account = em.find(Citizen.class, reporter.id());
        int points = ReportWeight.points(reporter, account.getCreatedAt(), now, Duration.ofDays(trustedAfterDays));
        String title = target.title() == null || target.title().length() <= 300 ? target.title()
                : target.title().substring(0, 299) + "…";
        ModerationCase c = find(component, id).orElseGet(() -> {
            ModerationCase created = new ModerationCase(component, id, title);
            em.persist(created);
            return created;
        });
        if (c.getStatus() == ModerationCase.Status.REMOVED) {
            return ModerationQueueItem.of(c);
        }
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
        return ModerationQueueItem.of(c);
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
        Authority.moderator(moderator);
        if (reason == null || reason.isBlank()) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "moderation.reason.required");
        }
        if (reason.length() > MAX_DETAILS) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "request.too-long");
        }
        ModerationCase c = em.find(ModerationCase.class, caseId);
        if (c == null) {
            throw Messages.refusal(Refusal.Kind.NOT_FOUND, "moderation.not-found");
        }
        if (c.getVersion() != expectedVersion || !c.isOpen()) {
            throw Messages.refusal(Refusal.Kind.CONFLICT, "moderation.conflict");
        }
        boolean wasHidden = c.hides();
        c.decide(remove, reason.strip(), Instant.now());
        if (remove) {
            // Even when reports already hid it: components and search drop a removed contribution for good.
            outbox.record(new ContributionHidden(c.getComponent(), c.getContributionId(), c.getStatus().name()));
        } else if (wasHidden) {
            outbox.record(new ContributionRestored(c.getComponent(), c.getContributionId()));
        }
        audit.record(moderator, remove ? "moderation.removed" : "moderation.restored",
                c.getComponent(), c.getContributionId(), reason.strip(), "reports=" + c.getReportCount());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Messages.refusal(Refusal.Kind.CONFLICT, "moderation.conflict");
        }
        return ModerationQueueItem.of(c);
    }

    @Transactional
    public List<ModerationQueueItem> queue(CitizenRef moderator) {
        Authority.moderator(moderator);
        return em.createNamedQuery("ModerationCase.queue", ModerationCase.class)
                .setParameter("statuses", List.of(ModerationCase.Status.REPORTED, ModerationCase.Status.HIDDEN))
                .getResultStream().map(ModerationQueueItem::of).toList();
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
