package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.ContributionWithdrawn;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Notifier;
import org.civitas.spi.Outbox;
import org.civitas.spi.Refusal;

/**
 * Co-construction: moderators merge filed projects of one envelope into a new project that credits all their
 * authors and keeps all their followers; and citizens follow projects. The originals keep their pages, pointing
 * to the merged project, and leave lists, the ballot and search.
 */
@ApplicationScoped
public class CoConstruction {

    /** The most projects one merge takes: more is a mistake, not a co-construction. */
    static final int MAX_MERGED = 20;

    @PersistenceContext(unitName = "budget")
    EntityManager em;
    @Inject
    ComponentAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Notifier notifier;
    @Inject
    Outbox outbox;
    @Inject
    ProjectFiling filing;
    @Inject
    BudgetRecords records;
    @Inject
    ProjectStore store;
    @Inject
    ProjectHistory history;

    /** Merges two or more filed projects of one envelope into a new filed project; audited, authors told. */
    @Transactional
    public Views.ProjectView merge(CitizenRef moderator, long componentId, MergeInput input) {
        access.require(BudgetComponent.ID, moderator, componentId, "merge", null);
        records.requireUnpublished(componentId, "project.results-published");
        ComponentRef budget = access.component(BudgetComponent.ID, componentId, moderator);
        if (input == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "merge.invalid");
        }
        // Locked in id order, so that two merges of overlapping projects wait for each other instead of deadlocking.
        TreeSet<Long> ids = new TreeSet<>(input.projects() == null ? List.of() : input.projects());
        if (ids.size() < 2) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "merge.too-few");
        }
        if (ids.size() > MAX_MERGED) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "merge.too-many", MAX_MERGED);
        }
        List<Project> originals = new ArrayList<>();
        for (long id : ids) {
            Project project = em.find(Project.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (project == null) {
                throw Texts.refusal(Refusal.Kind.NOT_FOUND, "project.not-found");
            }
            originals.add(project);
        }
        checkMergeable(componentId, originals);
        String envelope = originals.get(0).getEnvelope();
        // The merged project stands where the oldest original that has a place stood.
        Project placed = originals.stream().filter(p -> p.getAddress() != null || p.getLatitude() != null).findFirst()
                .orElse(originals.get(0));
        ProjectInput fields = filing.validate(budget, new ProjectInput(input.title(), input.description(), input.category(),
                envelope, input.cost(), placed.getAddress(), placed.getLatitude(), placed.getLongitude()));
        Instant now = Instant.now();
        Project first = originals.get(0);
        // The oldest project's filer files the merged one; everyone else is credited with it just after.
        Project merged = new Project(componentId, budget.space().id(), first.getAuthorId(), first.getAuthor(), fields,
                Project.Status.FILED, null, BudgetComponent.directorate(budget, fields.category()), now);
        em.persist(merged);
        em.flush();
        // Credited in the originals' order, so the oldest project's filer comes first (a microsecond apart).
        Map<Long, ProjectStore.Credit> authors = new LinkedHashMap<>();
        store.credits(ids).values().forEach(list -> list.forEach(c -> authors.putIfAbsent(c.citizenId(), c)));
        int rank = 0;
        for (ProjectStore.Credit author : authors.values()) {
            store.credit(merged.getId(), author, now.plusNanos(1000L * rank++));
        }
        Set<Long> followers = new TreeSet<>(authors.keySet());
        ids.forEach(id -> followers.addAll(store.followers(id)));
        followers.forEach(citizen -> store.follow(merged.getId(), citizen));
        for (Project original : originals) {
            original.mergeInto(merged.getId());
            history.recordLinked(original, ProjectHistory.MERGED_INTO, merged);
            history.recordLinked(merged, ProjectHistory.MERGED_FROM, original);
            outbox.record(new ContributionWithdrawn(BudgetComponent.ID, original.getId().toString()));
        }
        outbox.record(new ContributionPublished(records.searchable(merged)));
        audit.record(moderator, "budget.projects.merged", "budget-project", merged.getId().toString(), null,
                "from=" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        tell(merged, authors, followers, moderator);
        return store.view(merged, moderator);
    }

    /**
     * The projects a merge may take: all of {@code componentId}, all of one envelope, all FILED. Drafts are
     * their authors' alone, projects on the ballot are frozen, and a merged project is already part of another.
     */
    static void checkMergeable(long componentId, List<Project> projects) {
        for (Project p : projects) {
            if (p.getComponentId() != componentId) {
                throw Texts.refusal(Refusal.Kind.CONFLICT, "merge.other-budget");
            }
            if (p.getStatus() == Project.Status.DRAFT) {
                throw Texts.refusal(Refusal.Kind.CONFLICT, "merge.draft");
            }
            if (p.getStatus() == Project.Status.MERGED) {
                throw Texts.refusal(Refusal.Kind.CONFLICT, "merge.already", p.getTitle());
            }
            if (!p.mergeable()) {
                throw Texts.refusal(Refusal.Kind.CONFLICT, "merge.not-filed", p.getTitle());
            }
        }
        if (projects.stream().map(Project::getEnvelope).distinct().count() > 1) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "merge.envelope");
        }
    }

    /** The filed projects of one envelope a moderator may merge, by title, for the merge screen. */
    @Transactional
    public List<Views.ProjectView> candidates(CitizenRef moderator, long componentId, String envelope) {
        access.require(BudgetComponent.ID, moderator, componentId, "merge", null);
        return store.views(em.createQuery("SELECT p FROM Project p WHERE p.componentId = :c AND p.envelope = :e "
                        + "AND p.status = :filed ORDER BY p.title, p.id", Project.class)
                .setParameter("c", componentId).setParameter("e", envelope == null ? "" : envelope.strip())
                .setParameter("filed", Project.Status.FILED).setMaxResults(500).getResultList(), moderator);
    }

    /** The categories of the merged project, for the merge screen. */
    @Transactional
    public List<String> categories(CitizenRef moderator, long componentId) {
        access.require(BudgetComponent.ID, moderator, componentId, "merge", null);
        return BudgetComponent.categories(access.component(BudgetComponent.ID, componentId, moderator));
    }

    /** Follows a project (told what becomes of it), or stops following it. A merged project is followed through its merge. */
    @Transactional
    public Views.Following follow(CitizenRef citizen, long projectId, boolean on) {
        if (citizen == null) {
            throw Texts.refusal(Refusal.Kind.UNAUTHENTICATED, "sign-in");
        }
        Project project = filing.visible(projectId, citizen);
        if (on && project.getStatus() == Project.Status.MERGED) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "follow.merged", store.current(project).getTitle());
        }
        if (on) {
            store.follow(projectId, citizen.id());
        } else {
            store.unfollow(projectId, citizen.id());
        }
        return new Views.Following(projectId, on);
    }

    /**
     * Puts the authors in touch: each hears of the merged project and the others' pseudonyms (never an address);
     * followers hear that the project they follow goes on in the merged one. Not the moderator who merged.
     */
    private void tell(Project merged, Map<Long, ProjectStore.Credit> authors, Set<Long> followers, CitizenRef moderator) {
        String path = BudgetComponent.path(merged.getId());
        LocalizedText subject = Texts.localized("notify.merged.subject", merged.getTitle());
        for (ProjectStore.Credit author : authors.values()) {
            if (author.citizenId() == moderator.id()) {
                continue;
            }
            String others = authors.values().stream().filter(a -> a.citizenId() != author.citizenId())
                    .map(ProjectStore.Credit::pseudonym).distinct().collect(Collectors.joining(", "));
            notifier.notify(author.citizenId(), Notifier.Kind.CONTRIBUTION, subject, others.isEmpty()
                    ? Texts.localized("notify.merged.alone", merged.getTitle())
                    : Texts.localized("notify.merged.author", merged.getTitle(), others), path);
        }
        LocalizedText followed = Texts.localized("notify.merged.follower", merged.getTitle());
        followers.stream().filter(id -> !authors.containsKey(id) && !Objects.equals(id, moderator.id()))
                .forEach(id -> notifier.notify(id, Notifier.Kind.FOLLOWED, subject, followed, path));
    }
}
