package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.Outbox;
import org.civitas.spi.RateLimits;
import org.civitas.spi.RedirectTarget;
import org.civitas.spi.Refusal;
import org.civitas.spi.Territory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Filing: citizens file projects (or keep drafts only they see), and read them. */
@ApplicationScoped
public class ProjectFiling {

    static final int PAGE_SIZE = 50;

    @PersistenceContext(unitName = "budget")
    EntityManager em;
    @Inject
    ComponentAccess access;
    @Inject
    Outbox outbox;
    @Inject
    Territory territory;
    @Inject
    RateLimits limits;
    @Inject
    BudgetRecords records;
    @Inject
    ProjectStore store;
    @Inject
    ProjectHistory history;
    /** The maps' centre, shared with the idea box; a project's point must lie within {@code radiusKm} of it. */
    @Inject
    @ConfigProperty(name = "civitas.map.center", defaultValue = "48.8566,2.3522")
    String mapCentre;
    @Inject
    @ConfigProperty(name = "civitas.budget.place-radius-km", defaultValue = "100")
    double radiusKm;

    /** Files a project in the budget's open filing phase, or keeps it as a draft. */
    @Transactional
    public Views.ProjectView file(CitizenRef author, long componentId, ProjectInput input, boolean draft) {
        String envelope = input == null ? null : input.envelope();
        access.require(BudgetComponent.ID, author, componentId, "file", BudgetComponent.CITY.equals(envelope) ? null : envelope);
        ComponentRef budget = access.component(BudgetComponent.ID, componentId, author);
        records.requireUnpublished(componentId, "project.results-published");
        ProjectInput clean = validate(budget, input);
        limits.take("budget-file", Long.toString(author.id()), 20, Duration.ofHours(1));
        Project project = new Project(componentId, budget.space().id(), author.id(), author.pseudonym(), clean,
                draft ? Project.Status.DRAFT : Project.Status.FILED, null,
                BudgetComponent.directorate(budget, clean.category()), Instant.now());
        em.persist(project);
        em.flush();
        store.filed(project);
        history.record(project, draft ? ProjectHistory.DRAFTED : ProjectHistory.FILED);
        outbox.record(new ContributionPublished(records.searchable(project)));
        return store.view(project, author);
    }

    /**
     * The author completes their draft (a redirected idea's, say) or corrects a filed project before its study,
     * and files the draft when {@code file}: the form's fields, checked as at filing.
     */
    @Transactional
    public Views.ProjectView edit(CitizenRef author, long projectId, ProjectInput input, boolean file) {
        Project project = own(author, projectId);
        String envelope = input == null ? null : input.envelope();
        access.require(BudgetComponent.ID, author, project.getComponentId(), "file",
                BudgetComponent.CITY.equals(envelope) ? null : envelope);
        boolean draft = project.getStatus() == Project.Status.DRAFT;
        if (!draft && (project.getStatus() != Project.Status.FILED || project.getStudiedAt() != null)) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "project.locked");
        }
        ComponentRef budget = access.component(BudgetComponent.ID, project.getComponentId(), author);
        ProjectInput clean = validate(budget, input);
        project.edit(clean, BudgetComponent.directorate(budget, clean.category()));
        if (draft && file) {
            project.moveTo(Project.Status.FILED);
            history.record(project, ProjectHistory.FILED);
        }
        em.flush();
        outbox.record(new ContributionPublished(records.searchable(project)));
        return store.view(project, author);
    }

    /** The author's own project, to fill the form that completes it; anyone else's is not found. */
    @Transactional
    public Views.ProjectView forEditing(CitizenRef author, long projectId) {
        Project project = own(author, projectId);
        return store.view(project, author);
    }

    /** The categories a citizen may file a project under, for the filing form. */
    @Transactional
    public List<String> categories(CitizenRef viewer, long componentId) {
        access.require(BudgetComponent.ID, viewer, componentId, "read", null);
        return BudgetComponent.categories(access.component(BudgetComponent.ID, componentId, viewer));
    }

    /** A project; a draft exists only for its author. */
    @Transactional
    public Views.ProjectView get(CitizenRef viewer, long projectId) {
        return store.view(visible(projectId, viewer), viewer);
    }

    /** A project's page: the project, its history, and whether the viewer follows it. */
    @Transactional
    public Views.ProjectPage page(CitizenRef viewer, long projectId) {
        Project project = visible(projectId, viewer);
        return new Views.ProjectPage(store.view(project, viewer), history.of(projectId),
                viewer != null && store.follows(projectId, viewer.id()));
    }

    /** The filed projects of a budget (neither drafts nor merged ones), by envelope when given, newest first, 50 a page. */
    @Transactional
    public Views.ProjectList list(CitizenRef viewer, long componentId, String envelope, int page) {
        access.require(BudgetComponent.ID, viewer, componentId, "read", null);
        int first = Math.max(0, Math.min(page, 1000)) * PAGE_SIZE;
        String where = "p.componentId = :c AND p.status NOT IN :hidden" + (envelope == null || envelope.isBlank() ? "" : " AND p.envelope = :e");
        List<Project.Status> hidden = List.of(Project.Status.DRAFT, Project.Status.MERGED);
        var query = em.createQuery("SELECT p FROM Project p WHERE " + where + " ORDER BY p.filedAt DESC, p.id DESC", Project.class)
                .setParameter("c", componentId).setParameter("hidden", hidden);
        var count = em.createQuery("SELECT COUNT(p) FROM Project p WHERE " + where, Long.class)
                .setParameter("c", componentId).setParameter("hidden", hidden);
        if (envelope != null && !envelope.isBlank()) {
            query.setParameter("e", envelope.strip());
            count.setParameter("e", envelope.strip());
        }
        List<Views.ProjectView> projects = store.views(query.setFirstResult(first).setMaxResults(PAGE_SIZE).getResultList(), viewer);
        return new Views.ProjectList(projects, count.getSingleResult(), first / PAGE_SIZE, PAGE_SIZE);
    }

    /** Whether the budget takes projects now: its filing action is open in the current phase. */
    boolean open(ComponentRef budget) {
        return access.isOpen(BudgetComponent.ID, budget.id(), "file");
    }

    /**
     * An idea redirected from the idea box becomes a draft in its author's name, to be confirmed and costed; the
     * idea's supporters and followers follow it.
     */
    long draftFromIdea(ComponentRef budget, RedirectTarget.RedirectedIdea idea) {
        String envelope = idea.district() == null || idea.district().isBlank() ? BudgetComponent.CITY : idea.district();
        String title = idea.title().length() > 200 ? idea.title().substring(0, 200) : idea.title();
        String category = BudgetComponent.categories(budget).get(0);
        Project project = new Project(budget.id(), budget.space().id(), idea.author().id(), idea.author().pseudonym(),
                new ProjectInput(title, RichText.fromPlain(idea.body()), category, envelope, 1L, null, null, null),
                Project.Status.DRAFT, idea.ideaId(), BudgetComponent.directorate(budget, category), Instant.now());
        em.persist(project);
        em.flush();
        store.filed(project);
        idea.followerIds().forEach(citizen -> store.follow(project.getId(), citizen));
        history.record(project, ProjectHistory.DRAFTED);
        outbox.record(new ContributionPublished(records.searchable(project)));
        return project.getId();
    }

    /** The author's own project; anyone else's is not found, whatever its state. */
    private Project own(CitizenRef author, long projectId) {
        if (author == null) {
            throw Texts.refusal(Refusal.Kind.UNAUTHENTICATED, "sign-in");
        }
        Project project = em.find(Project.class, projectId);
        if (project == null || project.getAuthorId() != author.id()) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "project.not-found");
        }
        return project;
    }

    Project visible(long projectId, CitizenRef viewer) {
        Project project = em.find(Project.class, projectId);
        boolean author = project != null && viewer != null && project.getAuthorId() == viewer.id();
        if (project == null || (project.getStatus() == Project.Status.DRAFT && !author)) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "project.not-found");
        }
        access.require(BudgetComponent.ID, viewer, project.getComponentId(), "read", null);
        return project;
    }

    /** The fields of a project, checked and stripped; the envelope must be the city or a district of the territory. */
    ProjectInput validate(ComponentRef budget, ProjectInput input) {
        if (input == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "project.invalid");
        }
        String title = input.title() == null ? "" : input.title().strip();
        if (title.length() < 5 || title.length() > 200) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "project.title");
        }
        // The limit is on what was typed, markup included; the minimum on the words a reader sees.
        String typed = input.description() == null ? "" : input.description().strip();
        String description = RichText.clean(typed);
        if (typed.length() > 5000 || RichText.plain(description).length() < 10) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "project.description");
        }
        if (input.category() == null || !BudgetComponent.categories(budget).contains(input.category().strip())) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "project.category", String.join(", ", BudgetComponent.categories(budget)));
        }
        String envelope = input.envelope() == null ? "" : input.envelope().strip();
        if (!BudgetComponent.CITY.equals(envelope) && territory.districts().stream().noneMatch(d -> d.code().equals(envelope))) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "project.envelope");
        }
        long amount = BudgetComponent.amount(budget, envelope);
        if (input.cost() == null || input.cost() < 1 || input.cost() > amount) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "project.cost", amount);
        }
        Place place = Place.of(input.address(), input.latitude(), input.longitude(), Place.centre(mapCentre), radiusKm);
        return new ProjectInput(title, description, input.category().strip(), envelope, input.cost(), place.address(),
                place.latitude(), place.longitude());
    }
}
