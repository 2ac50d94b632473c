package org.civitas.ideabox;

import org.civitas.spi.SearchablePage;
import org.civitas.spi.ContributionWithdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Notifier;
import org.civitas.spi.Outbox;
import org.civitas.spi.RedirectTarget;
import org.civitas.spi.Redirections;
import org.civitas.spi.Refusal;
import org.civitas.spi.Reportable;
import org.civitas.spi.Role;
import org.civitas.spi.SearchableContribution;
import org.civitas.spi.Territory;

/**
 * The idea box's use cases, each in one transaction, for the REST API and the portal alike: every method
 * checks its permission through {@link ComponentAccess}, so both get the same rules.
 */
@ApplicationScoped
public class Ideas {

    public static final String COMPONENT = "ideabox";
    static final String ANONYMOUS = "anonyme";
    static final String CATEGORIES = "categories";
    static final String RESPONSE_DAYS = "response_days";
    static final String DEFAULT_CATEGORIES = "Cadre de vie, Propreté, Mobilités, Espaces verts, Solidarités, "
            + "Culture et sport, Autre";
    private static final int PAGE_SIZE = 20;
    private static final int QUEUE_MAX = 200;

    /**
     * The filters of the public list; every field may be null, and blank texts count as none.
     * {@code sort}: {@code recent} or {@code supports}.
     */
    public record Filter(String category, String district, Status status, LocalDate from, LocalDate to, String sort,
                         int page) {
        public Filter {
            category = orNull(category);
            district = orNull(district);
        }
    }

    /**
     * The filters of the triage queue; {@code assigned}: {@code me}, {@code none} or null for all;
     * {@code reported}: only ideas with reports awaiting moderation.
     */
    public record QueueFilter(Set<Status> statuses, String category, String district, Integer minAgeDays,
                              String assigned, boolean reported) {
        public QueueFilter {
            category = orNull(category);
            district = orNull(district);
            assigned = orNull(assigned);
        }
    }

    /** Adds {@code AND i.<field> = :<field>} to a query being built, when the filter has a value. */
    private static void equal(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" AND i.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @PersistenceContext(unitName = "ideabox")
    EntityManager em;
    @Inject
    ComponentAccess access;
    @Inject
    Outbox outbox;
    @Inject
    AuditTrail audit;
    @Inject
    Notifier notifier;
    @Inject
    ModerationStatus moderation;
    @Inject
    Redirections redirections;
    @Inject
    Territory territory;
    @Inject
    Ideas self;

    // ---- citizens ------------------------------------------------------------------------------------------

    /** Files an idea, or saves it as a draft only its author sees. */
    @Transactional
    public Views.IdeaView file(CitizenRef author, long componentId, IdeaInput input, boolean draft) {
        access.require(author, componentId, "file", input == null ? null : input.district());
        ComponentRef box = access.component(componentId, author);
        IdeaInput clean = validate(box, input);
        Idea idea = new Idea(componentId, box.space().id(), author.id(), author.pseudonym(), clean, Instant.now());
        em.persist(idea);
        em.flush();
        if (!draft) {
            submitted(idea);
        }
        publish(idea);
        return view(idea, author);
    }

    /** The author edits a draft, and files it when {@code submit}. */
    @Transactional
    public Views.IdeaView editDraft(CitizenRef author, long ideaId, IdeaInput input, boolean submit) {
        signedIn(author);
        Idea idea = visible(ideaId, author);
        if (idea.getAuthorId() != author.id() || idea.getStatus() != Status.DRAFT) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "idea.not-draft");
        }
        access.require(author, idea.getComponentId(), "file", input == null ? null : input.district());
        idea.edit(validate(access.component(idea.getComponentId(), author), input));
        if (submit) {
            submitted(idea);
        }
        publish(idea);
        return view(idea, author);
    }

    private void submitted(Idea idea) {
        idea.submit(Instant.now());
        follow(idea.getId(), idea.getAuthorId());
        outbox.record(new IdeaFiled(idea.getId().toString(), idea.getComponentId(), idea.getCategory(), idea.getDistrict()));
    }

    /** An idea's page; a draft exists only for its author, an idea hidden by moderation only for moderators. */
    @Transactional
    public Views.IdeaView get(CitizenRef viewer, long ideaId) {
        return view(visible(ideaId, viewer), viewer);
    }

    /** The idea as {@code reader} may open it, for a report; empty when it does not exist or they may not see it. */
    @Transactional
    public Optional<Reportable> reportable(CitizenRef reader, long ideaId) {
        try {
            Idea idea = visible(ideaId, reader);
            return Optional.of(new Reportable(idea.getTitle(), path(ideaId)));
        } catch (Refusal notVisible) {
            return Optional.empty();
        }
    }

    /** The public list of filed ideas, filtered, newest or most supported first. */
    @Transactional
    public Views.IdeaList list(CitizenRef viewer, long componentId, Filter filter) {
        access.require(viewer, componentId, "read", null);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" FROM Idea i WHERE i.componentId = :c AND i.status <> :draft");
        params.put("c", componentId);
        params.put("draft", Status.DRAFT);
        equal(where, params, "category", filter.category());
        equal(where, params, "district", filter.district());
        equal(where, params, "status", filter.status());
        if (filter.from() != null) {
            where.append(" AND i.submittedAt >= :from");
            params.put("from", filter.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (filter.to() != null) {
            where.append(" AND i.submittedAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        String order = "supports".equals(filter.sort())
                ? " ORDER BY i.supports DESC, i.submittedAt DESC, i.id DESC" : " ORDER BY i.submittedAt DESC, i.id DESC";
        TypedQuery<Idea> query = em.createQuery("SELECT i" + where + order, Idea.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i)" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        int page = Math.max(0, filter.page());
        List<Idea> found = query.setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        Set<String> hidden = isModerator(viewer) ? Set.of()
                : moderation.hiddenAmong(COMPONENT, found.stream().map(i -> i.getId().toString()).toList());
        List<Views.IdeaSummary> ideas = found.stream().filter(i -> !hidden.contains(i.getId().toString()))
                .map(Ideas::summary).toList();
        return new Views.IdeaList(ideas, count.getSingleResult(), page, PAGE_SIZE);
    }

    /** The viewer's own ideas in this box, drafts included, newest first. */
    @Transactional
    public List<Views.IdeaSummary> mine(CitizenRef author, long componentId) {
        signedIn(author);
        access.require(author, componentId, "read", null);
        return em.createQuery("SELECT i FROM Idea i WHERE i.componentId = :c AND i.authorId = :a ORDER BY i.createdAt DESC",
                        Idea.class).setParameter("c", componentId).setParameter("a", author.id())
                .getResultStream().map(Ideas::summary).toList();
    }

    /** Supports an idea (once per account; supporting also follows it), or withdraws the support. */
    @Transactional
    public Views.IdeaView support(CitizenRef citizen, long ideaId, boolean on) {
        Idea idea = visible(ideaId, citizen);
        access.require(citizen, idea.getComponentId(), "support", idea.getDistrict());
        if (idea.getStatus() == Status.DRAFT) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "idea.not-found");
        }
        if (idea.getAuthorId() == citizen.id()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.support.own");
        }
        if (idea.getStatus().isFinal()) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "idea.closed", idea.getStatus());
        }
        if (on) {
            em.createNativeQuery("INSERT INTO ideabox_support (idea_id, citizen_id, created_at) VALUES (?1, ?2, now()) "
                    + "ON CONFLICT DO NOTHING").setParameter(1, ideaId).setParameter(2, citizen.id()).executeUpdate();
            follow(ideaId, citizen.id());
        } else {
            em.createNativeQuery("DELETE FROM ideabox_support WHERE idea_id = ?1 AND citizen_id = ?2")
                    .setParameter(1, ideaId).setParameter(2, citizen.id()).executeUpdate();
        }
        recount(idea);
        return view(idea, citizen);
    }

    /** Follows an idea (notified at each decision), or stops following it. */
    @Transactional
    public Views.IdeaView follow(CitizenRef citizen, long ideaId, boolean on) {
        Idea idea = visible(ideaId, citizen);
        access.require(citizen, idea.getComponentId(), "follow", null);
        if (on) {
            follow(ideaId, citizen.id());
        } else {
            em.createNativeQuery("DELETE FROM ideabox_follower WHERE idea_id = ?1 AND citizen_id = ?2")
                    .setParameter(1, ideaId).setParameter(2, citizen.id()).executeUpdate();
        }
        return view(idea, citizen);
    }

    @Transactional
    public Views.CommentView comment(CitizenRef citizen, long ideaId, String text) {
        Idea idea = visible(ideaId, citizen);
        access.require(citizen, idea.getComponentId(), "comment", idea.getDistrict());
        if (idea.getStatus() == Status.DRAFT) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "idea.not-found");
        }
        String body = text == null ? "" : text.strip();
        if (body.length() < 2 || body.length() > 2000) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.comment.length");
        }
        Comment comment = new Comment(ideaId, citizen.id(), citizen.pseudonym(), body, Instant.now());
        em.persist(comment);
        em.flush();
        return new Views.CommentView(comment.getId(), comment.getAuthorPseudonym(), body, comment.getCreatedAt());
    }

    /** The author answers a moderator's question: the idea goes back in the triage queue, under review. */
    @Transactional
    public Views.IdeaView answer(CitizenRef author, long ideaId, String text) {
        signedIn(author);
        Idea idea = visible(ideaId, author);
        if (idea.getAuthorId() != author.id() || idea.getStatus() != Status.INFORMATION_REQUESTED) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "idea.answer.not-requested");
        }
        String answer = text == null ? "" : text.strip();
        if (answer.length() < 2 || answer.length() > 2000) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.answer.length");
        }
        idea.moveTo(Status.UNDER_REVIEW, Step.Kind.ANSWERED, answer, null, null, Instant.now());
        publish(idea);
        return view(idea, author);
    }

    // ---- moderators --------------------------------------------------------------------------------------

    /** Ideas waiting for a decision (by default), oldest first, with their age against the target response time. */
    @Transactional
    public Views.Queue queue(CitizenRef moderator, long componentId, QueueFilter filter) {
        access.require(moderator, componentId, "triage", null);
        int responseDays = responseDays(access.component(componentId, moderator));
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" FROM Idea i WHERE i.componentId = :c AND i.status IN :statuses");
        params.put("c", componentId);
        params.put("statuses", filter.statuses() == null || filter.statuses().isEmpty()
                ? List.copyOf(Status.WAITING) : List.copyOf(filter.statuses()));
        equal(where, params, "category", filter.category());
        equal(where, params, "district", filter.district());
        if (filter.minAgeDays() != null && filter.minAgeDays() > 0) {
            where.append(" AND i.submittedAt <= :filedBefore");
            params.put("filedBefore", Instant.now().minus(Duration.ofDays(filter.minAgeDays())));
        }
        if ("me".equals(filter.assigned())) {
            where.append(" AND i.assigneeId = :me");
            params.put("me", moderator.id());
        } else if ("none".equals(filter.assigned())) {
            where.append(" AND i.assigneeId IS NULL");
        }
        TypedQuery<Idea> query = em.createQuery("SELECT i" + where + " ORDER BY i.submittedAt ASC, i.id ASC", Idea.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i)" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        Instant now = Instant.now();
        List<Idea> waiting = query.setMaxResults(QUEUE_MAX).getResultList();
        Map<String, Integer> reports = moderation.openReports(COMPONENT,
                waiting.stream().map(i -> i.getId().toString()).toList());
        List<Views.QueueItem> items = waiting.stream().map(i -> {
            long age = Duration.between(i.getSubmittedAt(), now).toDays();
            return new Views.QueueItem(i.getId(), i.getVersion(), i.getTitle(), excerpt(i.getBody()), i.getCategory(),
                    i.getDistrict(), i.getStatus(), i.getAuthorPseudonym(), i.getSubmittedAt(), age,
                    i.getFirstDecisionAt() == null && age >= responseDays, i.getAssigneePseudonym(),
                    Long.valueOf(moderator.id()).equals(i.getAssigneeId()), i.getSupports(),
                    reports.getOrDefault(i.getId().toString(), 0));
        }).filter(item -> !filter.reported() || item.reports() > 0).toList();
        // Reports live in core's moderation cases: the reported-only count is that of the listed ideas.
        long total = filter.reported() ? items.size() : count.getSingleResult();
        return new Views.Queue(items, total, responseDays);
    }

    /** Takes an idea (the moderator becomes its assignee) or releases it. */
    @Transactional
    public Views.IdeaView assign(CitizenRef moderator, long ideaId, boolean toMe) {
        Idea idea = filed(ideaId);
        access.require(moderator, idea.getComponentId(), "triage", null);
        // A plain update: taking an idea is not a decision, so it must not move the idea's version.
        if (toMe) {
            em.createNativeQuery("UPDATE ideabox_idea SET assignee_id = ?1, assignee_pseudonym = ?2 WHERE id = ?3")
                    .setParameter(1, moderator.id()).setParameter(2, moderator.pseudonym()).setParameter(3, ideaId)
                    .executeUpdate();
        } else {
            em.createNativeQuery("UPDATE ideabox_idea SET assignee_id = NULL, assignee_pseudonym = NULL WHERE id = ?1")
                    .setParameter(1, ideaId).executeUpdate();
        }
        em.refresh(idea);
        audit.record(moderator, toMe ? "ideabox.assigned" : "ideabox.released", "idea", idea.getId().toString(), null, null);
        return view(idea, moderator);
    }

    /**
     * A moderator's decision. When another moderator decided first (the idea's version moved on, or both commit
     * at once), this one is refused with a conflict that says so: a decision is never silently overwritten.
     */
    @Transactional
    public Views.IdeaView decide(CitizenRef moderator, long ideaId, Decision decision) {
        Idea idea = filed(ideaId);
        access.require(moderator, idea.getComponentId(), "triage", null);
        if (decision == null || decision.type() == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.decision.unknown", "");
        }
        if (decision.version() == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.version.required");
        }
        if (idea.getVersion() != decision.version()) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "triage.conflict", idea.getStatus());
        }
        if (idea.getStatus().isFinal()) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "triage.final", idea.getStatus());
        }
        String message = decision.message() == null || decision.message().isBlank() ? null : decision.message().strip();
        if (message != null && message.length() > 2000) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.message.length");
        }
        Instant now = Instant.now();
        switch (decision.type()) {
            case "review" -> {
                if (idea.getStatus() != Status.RECEIVED) {
                    throw Texts.refusal(Refusal.Kind.CONFLICT, "triage.review.status");
                }
                claim(idea, Status.UNDER_REVIEW, Step.Kind.REVIEW, message, null, null, now);
            }
            case "admissible" -> {
                if (idea.getStatus() == Status.ADMISSIBLE) {
                    throw Texts.refusal(Refusal.Kind.CONFLICT, "triage.already", Status.ADMISSIBLE);
                }
                claim(idea, Status.ADMISSIBLE, Step.Kind.ADMISSIBLE, message, null, null, now);
            }
            case "not_admissible" -> {
                ReasonTemplate reason = decision.reasonId() == null ? null : em.find(ReasonTemplate.class, decision.reasonId());
                if (decision.reasonId() != null && (reason == null || reason.getComponentId() != idea.getComponentId())) {
                    throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.reason.unknown");
                }
                if (reason == null && message == null) {
                    throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.reason.required");
                }
                String why = reason == null ? message : message == null ? reason.getText() : reason.getText() + "\n\n" + message;
                claim(idea, Status.NOT_ADMISSIBLE, Step.Kind.NOT_ADMISSIBLE, why, null, null, now);
            }
            case "information" -> {
                if (message == null) {
                    throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.question.required");
                }
                claim(idea, Status.INFORMATION_REQUESTED, Step.Kind.INFORMATION_REQUESTED, message, null, null, now);
            }
            case "duplicate" -> {
                Idea original = original(idea, decision.duplicateOf());
                claim(idea, Status.DUPLICATE, Step.Kind.DUPLICATE, message, path(original.getId()), original.getTitle(), now);
                idea.markDuplicateOf(original.getId());
                merge(idea, original, now);
            }
            case "redirect" -> {
                if (decision.componentId() == null) {
                    throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.redirect.required");
                }
                String label = redirections.open().stream().filter(d -> d.componentId() == decision.componentId())
                        .map(Redirections.Destination::label).findFirst().orElse(null);
                claim(idea, Status.REDIRECTED, Step.Kind.REDIRECTED, message, null, label, now);
                RedirectTarget.RedirectedDraft draft = redirections.redirect(decision.componentId(),
                        new RedirectTarget.RedirectedIdea(idea.getId().toString(),
                                new CitizenRef(idea.getAuthorId(), idea.getAuthorPseudonym(), Set.of(Role.CITIZEN), true,
                                        idea.getDistrict()),
                                idea.getTitle(), idea.getBody(), idea.getDistrict(), supportersAndFollowers(idea),
                                path(idea.getId())));
                idea.lastStep().linkTo(draft.portalPath(), label);
                idea.redirected(label, draft.portalPath(), decision.componentId(), draft.draftId());
                outbox.record(new IdeaRedirected(idea.getId().toString(), idea.getComponentId(), label,
                        decision.componentId(), draft.draftId()));
            }
            case "external" -> {
                ExternalScheme scheme = decision.schemeId() == null ? null : em.find(ExternalScheme.class, decision.schemeId());
                if (scheme == null || scheme.getComponentId() != idea.getComponentId()) {
                    throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.scheme.unknown");
                }
                String text = message == null ? scheme.getMessage() : scheme.getMessage() + "\n\n" + message;
                claim(idea, Status.REDIRECTED, Step.Kind.REDIRECTED, text, scheme.getUrl(), scheme.getName(), now);
                idea.redirected(scheme.getName(), scheme.getUrl(), null, null);
                outbox.record(new IdeaRedirected(idea.getId().toString(), idea.getComponentId(), scheme.getName(), null, null));
            }
            default -> throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.decision.unknown", decision.type());
        }
        outbox.record(new IdeaTriaged(idea.getId().toString(), idea.getComponentId(), decision.type(), idea.getStatus()));
        audit.record(moderator, "ideabox." + decision.type(), "idea", idea.getId().toString(), message,
                idea.getRedirectLabel() != null ? "to=" + idea.getRedirectLabel()
                        : idea.getDuplicateOf() != null ? "duplicateOf=" + idea.getDuplicateOf() : null);
        tellFollowers(idea, moderator);
        publish(idea);
        em.flush();
        return view(idea, moderator);
    }

    /** The same decision on several ideas, each in its own transaction: one conflict does not undo the others. */
    public List<Views.BulkOutcome> decideAll(CitizenRef moderator, Map<Long, Integer> versions, Decision decision,
                                             Locale locale) {
        signedIn(moderator);
        if (versions == null || versions.isEmpty()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.bulk.empty");
        }
        List<Views.BulkOutcome> outcomes = new ArrayList<>();
        versions.forEach((id, version) -> {
            Decision one = new Decision(decision.type(), version, decision.message(), decision.reasonId(),
                    decision.duplicateOf(), decision.componentId(), decision.schemeId());
            try {
                self.decide(moderator, id, one);
                outcomes.add(new Views.BulkOutcome(id, true, null, null));
            } catch (Refusal refusal) {
                outcomes.add(new Views.BulkOutcome(id, false, refusal.code(), refusal.text().in(locale)));
            }
        });
        return outcomes;
    }

    /** The destinations a moderator can redirect to: open component instances. */
    @Transactional
    public List<Views.Destination> destinations(CitizenRef moderator, long componentId) {
        access.require(moderator, componentId, "triage", null);
        return redirections.open().stream().map(d -> new Views.Destination(d.componentId(), d.label())).toList();
    }

    @Transactional
    public Views.Stats stats(CitizenRef viewer, long componentId) {
        access.require(viewer, componentId, "triage", null);
        int responseDays = responseDays(access.component(componentId, viewer));
        List<Views.Week> weeks = ((List<?>) em.createNativeQuery(
                        "SELECT CAST(date_trunc('week', submitted_at AT TIME ZONE 'UTC') AS DATE), COUNT(*) FROM ideabox_idea "
                                + "WHERE component_id = ?1 AND submitted_at >= now() - INTERVAL '12 weeks' GROUP BY 1 ORDER BY 1")
                .setParameter(1, componentId).getResultList()).stream().map(r -> (Object[]) r)
                .map(r -> new Views.Week(((java.sql.Date) r[0]).toLocalDate(), ((Number) r[1]).longValue())).toList();
        Number medianSeconds = (Number) em.createNativeQuery(
                        "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM first_decision_at - submitted_at)) "
                                + "FROM ideabox_idea WHERE component_id = ?1 AND first_decision_at IS NOT NULL")
                .setParameter(1, componentId).getSingleResult();
        Map<String, Long> decisions = counts(
                "SELECT s.kind, COUNT(*) FROM ideabox_step s JOIN ideabox_idea i ON i.id = s.idea_id WHERE i.component_id = ?1 "
                        + "AND s.kind IN ('REVIEW','ADMISSIBLE','NOT_ADMISSIBLE','DUPLICATE','INFORMATION_REQUESTED','REDIRECTED') "
                        + "GROUP BY s.kind ORDER BY 2 DESC", componentId);
        Map<String, Long> redirects = counts("SELECT redirect_label, COUNT(*) FROM ideabox_idea WHERE component_id = ?1 "
                + "AND status = 'REDIRECTED' GROUP BY redirect_label ORDER BY 2 DESC", componentId);
        long waiting = em.createQuery("SELECT COUNT(i) FROM Idea i WHERE i.componentId = :c AND i.status IN :s", Long.class)
                .setParameter("c", componentId).setParameter("s", List.copyOf(Status.WAITING)).getSingleResult();
        long overdue = em.createQuery("SELECT COUNT(i) FROM Idea i WHERE i.componentId = :c AND i.status IN :s "
                        + "AND i.firstDecisionAt IS NULL AND i.submittedAt <= :limit", Long.class)
                .setParameter("c", componentId).setParameter("s", List.copyOf(Status.WAITING))
                .setParameter("limit", Instant.now().minus(Duration.ofDays(responseDays))).getSingleResult();
        return new Views.Stats(weeks, medianSeconds == null ? null : medianSeconds.doubleValue() / 3600, decisions,
                redirects, waiting, overdue);
    }

    // ---- reason templates and external schemes (moderators edit them) -----------------------------------

    @Transactional
    public List<Views.Reason> reasons(CitizenRef moderator, long componentId) {
        access.require(moderator, componentId, "triage", null);
        return em.createQuery("SELECT r FROM ReasonTemplate r WHERE r.componentId = :c ORDER BY r.label", ReasonTemplate.class)
                .setParameter("c", componentId).getResultStream()
                .map(r -> new Views.Reason(r.getId(), r.getLabel(), r.getText())).toList();
    }

    /** Creates ({@code id} null) or changes a standard reason. */
    @Transactional
    public Views.Reason saveReason(CitizenRef moderator, long componentId, Long id, String label, String text) {
        access.require(moderator, componentId, "triage", null);
        if (!length(label, 2, 150) || !length(text, 2, 2000)) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "reason.invalid");
        }
        ReasonTemplate reason;
        if (id == null) {
            reason = new ReasonTemplate(componentId, label.strip(), text.strip());
            em.persist(reason);
        } else {
            reason = em.find(ReasonTemplate.class, id);
            if (reason == null || reason.getComponentId() != componentId) {
                throw Texts.refusal(Refusal.Kind.NOT_FOUND, "template.not-found");
            }
            reason.edit(label.strip(), text.strip());
        }
        em.flush();
        audit.record(moderator, "ideabox.reason.saved", "ideabox-reason", reason.getId().toString(), null, label.strip());
        return new Views.Reason(reason.getId(), reason.getLabel(), reason.getText());
    }

    @Transactional
    public List<Views.Scheme> schemes(CitizenRef moderator, long componentId) {
        access.require(moderator, componentId, "triage", null);
        return em.createQuery("SELECT s FROM ExternalScheme s WHERE s.componentId = :c ORDER BY s.name", ExternalScheme.class)
                .setParameter("c", componentId).getResultStream()
                .map(s -> new Views.Scheme(s.getId(), s.getName(), s.getUrl(), s.getMessage())).toList();
    }

    /** Creates ({@code id} null) or changes an external scheme. */
    @Transactional
    public Views.Scheme saveScheme(CitizenRef moderator, long componentId, Long id, String name, String url, String message) {
        access.require(moderator, componentId, "triage", null);
        if (!length(name, 2, 150) || !length(message, 2, 2000) || url == null
                || !url.strip().matches("https?://[^\\s]{3,490}")) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "scheme.invalid");
        }
        ExternalScheme scheme;
        if (id == null) {
            scheme = new ExternalScheme(componentId, name.strip(), url.strip(), message.strip());
            em.persist(scheme);
        } else {
            scheme = em.find(ExternalScheme.class, id);
            if (scheme == null || scheme.getComponentId() != componentId) {
                throw Texts.refusal(Refusal.Kind.NOT_FOUND, "template.not-found");
            }
            scheme.edit(name.strip(), url.strip(), message.strip());
        }
        em.flush();
        audit.record(moderator, "ideabox.scheme.saved", "ideabox-scheme", scheme.getId().toString(), null, name.strip());
        return new Views.Scheme(scheme.getId(), scheme.getName(), scheme.getUrl(), scheme.getMessage());
    }

    /** A new box starts with the usual reasons and the city's usual schemes, which moderators then edit. */
    @Transactional(Transactional.TxType.MANDATORY)
    void seed(long componentId) {
        em.persist(new ReasonTemplate(componentId, "Hors compétence de la Ville",
                "Cette idée relève d'une autre institution (État, Région, Métropole, bailleur) : la Ville ne peut pas la mettre en œuvre."));
        em.persist(new ReasonTemplate(componentId, "Contraire à la charte",
                "Cette idée ne respecte pas la charte de participation (propos injurieux, discriminatoires ou publicitaires)."));
        em.persist(new ReasonTemplate(componentId, "Déjà réalisé ou programmé",
                "Ce que propose cette idée est déjà réalisé ou programmé par la Ville."));
        em.persist(new ExternalScheme(componentId, "Permis de végétaliser", "https://www.paris.fr/pages/un-permis-pour-vegetaliser-paris-2689",
                "Votre idée peut être réalisée par vous-même avec un permis de végétaliser : la Ville vous autorise à jardiner l'espace public près de chez vous."));
        em.persist(new ExternalScheme(componentId, "Signalement (DansMaRue)", "https://www.paris.fr/dansmarue",
                "Votre idée signale un problème d'entretien : il est traité plus vite par un signalement aux services de la Ville."));
    }

    // ---- GDPR and search ---------------------------------------------------------------------------------

    @Transactional
    public Map<String, Object> personalData(long citizenId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ideas", em.createQuery("SELECT i FROM Idea i WHERE i.authorId = :a ORDER BY i.createdAt", Idea.class)
                .setParameter("a", citizenId).getResultStream().map(i -> Map.of("id", i.getId(), "title", i.getTitle(),
                        "text", i.getBody(), "status", i.getStatus().name(), "createdAt", i.getCreatedAt().toString()))
                .toList());
        data.put("comments", em.createQuery("SELECT c FROM Comment c WHERE c.authorId = :a ORDER BY c.createdAt", Comment.class)
                .setParameter("a", citizenId).getResultStream().map(c -> Map.of("idea", c.getIdeaId(), "text", c.getBody(),
                        "at", c.getCreatedAt().toString())).toList());
        data.put("supports", em.createNativeQuery("SELECT idea_id FROM ideabox_support WHERE citizen_id = ?1 ORDER BY 1")
                .setParameter(1, citizenId).getResultList());
        data.put("follows", em.createNativeQuery("SELECT idea_id FROM ideabox_follower WHERE citizen_id = ?1 ORDER BY 1")
                .setParameter(1, citizenId).getResultList());
        return data;
    }

    /**
     * Erasure: drafts go (nobody else ever saw them); filed ideas and comments stay under "anonyme", and are
     * republished to the search index; supports stay counted; follows and credits go.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void anonymise(long citizenId) {
        em.createQuery("SELECT i FROM Idea i WHERE i.authorId = :a AND i.status = :draft", Idea.class)
                .setParameter("a", citizenId).setParameter("draft", Status.DRAFT).getResultList().forEach(draft -> {
                    outbox.record(new ContributionWithdrawn(COMPONENT, draft.getId().toString()));
                    em.remove(draft);
                });
        em.createQuery("SELECT i FROM Idea i WHERE i.authorId = :a", Idea.class).setParameter("a", citizenId)
                .getResultList().forEach(idea -> {
                    idea.anonymiseAuthor();
                    publish(idea);
                });
        em.createQuery("UPDATE Comment c SET c.authorPseudonym = :anon WHERE c.authorId = :a")
                .setParameter("anon", ANONYMOUS).setParameter("a", citizenId).executeUpdate();
        em.createNativeQuery("DELETE FROM ideabox_follower WHERE citizen_id = ?1").setParameter(1, citizenId).executeUpdate();
        em.createNativeQuery("DELETE FROM ideabox_credit WHERE citizen_id = ?1").setParameter(1, citizenId).executeUpdate();
    }

    /** For the full reindex: every filed idea and draft, by id. */
    @Transactional
    public SearchablePage searchable(String after, int limit) {
        long from = after == null ? 0 : Long.parseLong(after);
        List<Idea> ideas = em.createQuery("SELECT i FROM Idea i WHERE i.id > :after ORDER BY i.id", Idea.class)
                .setParameter("after", from).setMaxResults(limit).getResultList();
        return new SearchablePage(ideas.stream().map(Ideas::searchable).toList(),
                ideas.size() < limit ? null : ideas.get(ideas.size() - 1).getId().toString());
    }

    @Transactional
    public Map<String, Long> counts(long componentId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            if (s != Status.DRAFT) {
                counts.put("ideas." + s.name().toLowerCase(Locale.ROOT), 0L);
            }
        }
        counts.putAll(counts("SELECT 'ideas.' || lower(status), COUNT(*) FROM ideabox_idea WHERE component_id = ?1 "
                + "AND status <> 'DRAFT' GROUP BY status", componentId));
        return counts;
    }

    /** The target draft progressed (confirmed, assessed…): the idea's history and followers learn it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void progressed(long ideaId, LocalizedText status) {
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null) {
            return;
        }
        idea.note(Step.Kind.PROGRESS, status, idea.getRedirectLink(), idea.getRedirectLabel(), Instant.now());
        String target = idea.getRedirectLabel();
        LocalizedText subject = Texts.localized("notify.subject", idea.getTitle(), target);
        LocalizedText body = new LocalizedText(Texts.text(Locale.FRENCH, "notify.progress", idea.getTitle(), target, status.fr()),
                Texts.text(Locale.ENGLISH, "notify.progress", idea.getTitle(), target, status.en()));
        for (long citizen : audience(idea, null)) {
            notifier.notify(citizen, subject, body, path(idea.getId()));
        }
    }

    // ---- internals -----------------------------------------------------------------------------------------

    public static String path(long ideaId) {
        return "/components/ideabox/idea.xhtml?id=" + ideaId;
    }

    /** Moves the idea and writes its new version at once, so that of two simultaneous decisions only one commits. */
    private void claim(Idea idea, Status next, Step.Kind kind, String message, String link, String linkLabel, Instant now) {
        idea.moveTo(next, kind, message, link, linkLabel, now);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw Texts.refusal(Refusal.Kind.CONFLICT, "triage.conflict.concurrent");
            }
            throw e;
        }
    }

    private Idea original(Idea duplicate, Long originalId) {
        Idea original = originalId == null ? null : em.find(Idea.class, originalId);
        // A duplicate of a duplicate joins the idea the first one was joined to.
        while (original != null && original.getDuplicateOf() != null) {
            original = em.find(Idea.class, original.getDuplicateOf());
        }
        if (original == null || original.getId().equals(duplicate.getId()) || original.getStatus() == Status.DRAFT
                || original.getComponentId() != duplicate.getComponentId()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "triage.duplicate.invalid");
        }
        return original;
    }

    /** Supports and followers of the duplicate join the original; its author (and credited ones) are credited there. */
    private void merge(Idea duplicate, Idea original, Instant now) {
        long dup = duplicate.getId();
        long orig = original.getId();
        em.createNativeQuery("INSERT INTO ideabox_support (idea_id, citizen_id, created_at) SELECT ?1, citizen_id, created_at "
                + "FROM ideabox_support WHERE idea_id = ?2 AND citizen_id <> ?3 ON CONFLICT DO NOTHING")
                .setParameter(1, orig).setParameter(2, dup).setParameter(3, original.getAuthorId()).executeUpdate();
        em.createNativeQuery("INSERT INTO ideabox_follower (idea_id, citizen_id) SELECT ?1, citizen_id FROM ideabox_follower "
                + "WHERE idea_id = ?2 ON CONFLICT DO NOTHING").setParameter(1, orig).setParameter(2, dup).executeUpdate();
        follow(orig, duplicate.getAuthorId());
        if (duplicate.getAuthorId() != original.getAuthorId()) {
            em.createNativeQuery("INSERT INTO ideabox_credit (idea_id, citizen_id, pseudonym) VALUES (?1, ?2, ?3) "
                    + "ON CONFLICT DO NOTHING").setParameter(1, orig).setParameter(2, duplicate.getAuthorId())
                    .setParameter(3, duplicate.getAuthorPseudonym()).executeUpdate();
        }
        em.createNativeQuery("INSERT INTO ideabox_credit (idea_id, citizen_id, pseudonym) SELECT ?1, citizen_id, pseudonym "
                + "FROM ideabox_credit WHERE idea_id = ?2 AND citizen_id <> ?3 ON CONFLICT DO NOTHING")
                .setParameter(1, orig).setParameter(2, dup).setParameter(3, original.getAuthorId()).executeUpdate();
        recount(original);
        original.note(Step.Kind.MERGED, Texts.localized("merged.message", duplicate.getTitle(),
                duplicate.getAuthorPseudonym()), path(dup), duplicate.getTitle(), now);
        publish(original);
    }

    /** Counts supports with a plain update: a support is not a decision, so it must not move the idea's version. */
    private void recount(Idea idea) {
        em.createNativeQuery("UPDATE ideabox_idea SET supports = (SELECT COUNT(*) FROM ideabox_support WHERE idea_id = ?1) "
                + "WHERE id = ?1").setParameter(1, idea.getId()).executeUpdate();
        em.refresh(idea);
    }

    private void follow(long ideaId, long citizenId) {
        em.createNativeQuery("INSERT INTO ideabox_follower (idea_id, citizen_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, ideaId).setParameter(2, citizenId).executeUpdate();
    }

    private Set<Long> supportersAndFollowers(Idea idea) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Object id : em.createNativeQuery("SELECT citizen_id FROM ideabox_support WHERE idea_id = ?1 UNION "
                + "SELECT citizen_id FROM ideabox_follower WHERE idea_id = ?1").setParameter(1, idea.getId()).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        ids.remove(idea.getAuthorId());
        return ids;
    }

    /** Author, credited co-authors and followers, without the person who acted. */
    private Set<Long> audience(Idea idea, CitizenRef actor) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(idea.getAuthorId());
        for (Object id : em.createNativeQuery("SELECT citizen_id FROM ideabox_follower WHERE idea_id = ?1 UNION "
                + "SELECT citizen_id FROM ideabox_credit WHERE idea_id = ?1").setParameter(1, idea.getId()).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        if (actor != null) {
            ids.remove(actor.id());
        }
        return ids;
    }

    private void tellFollowers(Idea idea, CitizenRef moderator) {
        LocalizedText status = Texts.status(idea.getStatus());
        String where = idea.getRedirectLabel() == null ? "" : " — " + idea.getRedirectLabel();
        LocalizedText subject = new LocalizedText(
                Texts.text(Locale.FRENCH, "notify.subject", idea.getTitle(), status.fr() + where),
                Texts.text(Locale.ENGLISH, "notify.subject", idea.getTitle(), status.en() + where));
        String said = idea.lastStep().getMessage() == null ? "" : "\n\n" + idea.lastStep().getMessage();
        LocalizedText body = new LocalizedText(
                Texts.text(Locale.FRENCH, "notify.body", idea.getTitle(), status.fr() + where) + said,
                Texts.text(Locale.ENGLISH, "notify.body", idea.getTitle(), status.en() + where) + said);
        for (long citizen : audience(idea, moderator)) {
            if (citizen == idea.getAuthorId() && idea.getRedirectDraftId() != null) {
                // The author is asked to confirm the draft made in their name: the notice leads there.
                LocalizedText ask = Texts.localized("notify.redirected", idea.getRedirectLabel());
                notifier.notify(citizen, subject, new LocalizedText(body.fr() + "\n\n" + ask.fr(),
                        body.en() + "\n\n" + ask.en()), idea.getRedirectLink());
            } else {
                notifier.notify(citizen, subject, body, path(idea.getId()));
            }
        }
    }

    private Idea filed(long ideaId) {
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null || idea.getStatus() == Status.DRAFT) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "idea.not-found");
        }
        return idea;
    }

    private Idea visible(long ideaId, CitizenRef viewer) {
        Idea idea = em.find(Idea.class, ideaId);
        boolean author = idea != null && viewer != null && idea.getAuthorId() == viewer.id();
        if (idea == null || (idea.getStatus() == Status.DRAFT && !author) || (!author && !isModerator(viewer) && hidden(idea))) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "idea.not-found");
        }
        access.require(viewer, idea.getComponentId(), "read", null);
        return idea;
    }

    private static void signedIn(CitizenRef citizen) {
        if (citizen == null) {
            throw Texts.refusal(Refusal.Kind.UNAUTHENTICATED, "sign-in");
        }
    }

    private boolean hidden(Idea idea) {
        return moderation.isHidden(COMPONENT, idea.getId().toString());
    }

    private static boolean isModerator(CitizenRef viewer) {
        return viewer != null && (viewer.has(Role.MODERATOR) || viewer.has(Role.ADMINISTRATOR));
    }

    private IdeaInput validate(ComponentRef box, IdeaInput input) {
        if (input == null || !length(input.title(), 5, 150)) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.title.length");
        }
        if (!length(input.body(), 10, 5000)) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.body.length");
        }
        List<String> categories = categories(box);
        String category = input.category() == null ? null : input.category().strip();
        if (!categories.contains(category)) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.category.unknown", String.join(", ", categories));
        }
        String district = input.district() == null || input.district().isBlank() ? null : input.district().strip();
        if (district != null && territory.districts().stream().noneMatch(d -> d.code().equals(district))) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.district.unknown");
        }
        String address = input.address() == null || input.address().isBlank() ? null : input.address().strip();
        if (address != null && address.length() > 300) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.address.length");
        }
        Double lat = input.latitude();
        Double lon = input.longitude();
        if ((lat == null) != (lon == null) || (lat != null && (lat.isNaN() || lon.isNaN() || Math.abs(lat) > 90 || Math.abs(lon) > 180))) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "idea.place.invalid");
        }
        return new IdeaInput(input.title().strip(), input.body().strip(), category, district, address, lat, lon);
    }

    /** The categories an instance offers (setting {@code categories}, a comma list). */
    public static List<String> categories(ComponentRef box) {
        String listed = box.settings().getOrDefault(CATEGORIES, DEFAULT_CATEGORIES);
        return Arrays.stream((listed == null || listed.isBlank() ? DEFAULT_CATEGORIES : listed).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static int responseDays(ComponentRef box) {
        try {
            return Integer.parseInt(box.settings().getOrDefault(RESPONSE_DAYS, "30"));
        } catch (NumberFormatException e) {
            return 30;
        }
    }

    private static boolean length(String s, int min, int max) {
        return s != null && s.strip().length() >= min && s.strip().length() <= max;
    }

    private Map<String, Long> counts(String sql, long componentId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, componentId).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(String.valueOf(r[0]), ((Number) r[1]).longValue());
        }
        return counts;
    }

    private void publish(Idea idea) {
        outbox.record(new ContributionPublished(searchable(idea)));
    }

    static SearchableContribution searchable(Idea idea) {
        return new SearchableContribution(COMPONENT, "idea", idea.getId().toString(), idea.getComponentId(),
                idea.getSpaceId(), idea.getTitle(), idea.getBody(), idea.getStatus().name().toLowerCase(Locale.ROOT),
                idea.getDistrict(), idea.getAuthorPseudonym(),
                idea.getSubmittedAt() == null ? idea.getCreatedAt() : idea.getSubmittedAt(),
                idea.getStatus() == Status.DRAFT ? Set.of("citizen:" + idea.getAuthorId()) : Set.of(),
                path(idea.getId()));
    }

    private static Views.IdeaSummary summary(Idea i) {
        return new Views.IdeaSummary(i.getId(), i.getTitle(), excerpt(i.getBody()), i.getCategory(), i.getDistrict(),
                i.getStatus(), i.getSupports(), i.getSubmittedAt() == null ? i.getCreatedAt() : i.getSubmittedAt(),
                i.getLatitude(), i.getLongitude());
    }

    private static String excerpt(String body) {
        return body.length() <= 200 ? body : body.substring(0, 199).strip() + "…";
    }

    private Views.IdeaView view(Idea idea, CitizenRef viewer) {
        long id = idea.getId();
        boolean supported = viewer != null && !em.createNativeQuery(
                "SELECT 1 FROM ideabox_support WHERE idea_id = ?1 AND citizen_id = ?2")
                .setParameter(1, id).setParameter(2, viewer.id()).getResultList().isEmpty();
        boolean followed = viewer != null && !em.createNativeQuery(
                "SELECT 1 FROM ideabox_follower WHERE idea_id = ?1 AND citizen_id = ?2")
                .setParameter(1, id).setParameter(2, viewer.id()).getResultList().isEmpty();
        List<String> credited = ((List<?>) em.createNativeQuery(
                "SELECT pseudonym FROM ideabox_credit WHERE idea_id = ?1 ORDER BY pseudonym").setParameter(1, id)
                .getResultList()).stream().map(String::valueOf).toList();
        List<Views.CommentView> comments = em.createQuery(
                        "SELECT c FROM Comment c WHERE c.ideaId = :i ORDER BY c.createdAt, c.id", Comment.class)
                .setParameter("i", id).getResultStream()
                .map(c -> new Views.CommentView(c.getId(), c.getAuthorPseudonym(), c.getBody(), c.getCreatedAt())).toList();
        List<Views.StepView> history = idea.getSteps().stream().map(s -> new Views.StepView(s.getAt(), s.getKind(),
                s.getStatus(), s.getMessage(), s.getMessageEn(), s.getLink(), s.getLinkLabel())).toList();
        return new Views.IdeaView(id, idea.getComponentId(), idea.getTitle(), idea.getBody(), idea.getCategory(),
                idea.getDistrict(), idea.getAddress(), idea.getLatitude(), idea.getLongitude(), idea.getStatus(),
                idea.getAuthorPseudonym(), credited, idea.getSupports(), supported, followed,
                viewer != null && viewer.id() == idea.getAuthorId(),
                idea.getSubmittedAt() == null ? idea.getCreatedAt() : idea.getSubmittedAt(), idea.getDuplicateOf(),
                idea.getRedirectLabel(), idea.getRedirectLink(), idea.getVersion(), history, comments);
    }
}
