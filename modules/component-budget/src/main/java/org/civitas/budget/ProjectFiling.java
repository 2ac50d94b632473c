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

    /** Files a project in the budget's open filing phase, or keeps it as a draft. */
    @Transactional
    public Views.ProjectView file(CitizenRef author, long componentId, ProjectInput input, boolean draft) {
        String envelope = input == null ? null : input.envelope();
        access.require(BudgetComponent.ID, author, componentId, "file", BudgetComponent.CITY.equals(envelope) ? null : envelope);
        ComponentRef budget = access.component(BudgetComponent.ID, componentId, author);
        ProjectInput clean = validate(budget, input);
        limits.take("budget-file", Long.toString(author.id()), 20, Duration.ofHours(1));
        Project project = new Project(componentId, budget.space().id(), author.id(), author.pseudonym(), clean,
                draft ? Project.Status.DRAFT : Project.Status.FILED, null,
                BudgetComponent.directorate(budget, clean.category()), Instant.now());
        em.persist(project);
        em.flush();
        outbox.record(new ContributionPublished(records.searchable(project)));
        return Views.ProjectView.of(project, author.id());
    }

    /** The categories a citizen may file a project under, for the filing form. */
    @Transactional
    public List<String> categories(CitizenRef viewer, long componentId) {
        access.require(BudgetComponent.ID, viewer, componentId, "read", null);
        return BudgetComponent.categories(access.component(BudgetComponent.ID, componentId, viewer));
    }

    /** A project's page; a draft exists only for its author. */
    @Transactional
    public Views.ProjectView get(CitizenRef viewer, long projectId) {
        return Views.ProjectView.of(visible(projectId, viewer), viewer == null ? 0 : viewer.id());
    }

    /** The filed projects of a budget, by envelope when given, newest first, 50 a page. */
    @Transactional
    public Views.ProjectList list(CitizenRef viewer, long componentId, String envelope, int page) {
        access.require(BudgetComponent.ID, viewer, componentId, "read", null);
        int first = Math.max(0, Math.min(page, 1000)) * PAGE_SIZE;
        String where = "p.componentId = :c AND p.status <> :draft" + (envelope == null || envelope.isBlank() ? "" : " AND p.envelope = :e");
        var query = em.createQuery("SELECT p FROM Project p WHERE " + where + " ORDER BY p.filedAt DESC, p.id DESC", Project.class)
                .setParameter("c", componentId).setParameter("draft", Project.Status.DRAFT);
        var count = em.createQuery("SELECT COUNT(p) FROM Project p WHERE " + where, Long.class)
                .setParameter("c", componentId).setParameter("draft", Project.Status.DRAFT);
        if (envelope != null && !envelope.isBlank()) {
            query.setParameter("e", envelope.strip());
            count.setParameter("e", envelope.strip());
        }
        long viewerId = viewer == null ? 0 : viewer.id();
        List<Views.ProjectView> projects = query.setFirstResult(first).setMaxResults(PAGE_SIZE).getResultList().stream()
                .map(p -> Views.ProjectView.of(p, viewerId)).toList();
        return new Views.ProjectList(projects, count.getSingleResult(), first / PAGE_SIZE, PAGE_SIZE);
    }

    /** Whether the budget takes projects now: its filing action is open in the current phase. */
    boolean open(ComponentRef budget) {
        return access.isOpen(BudgetComponent.ID, budget.id(), "file");
    }

    /** An idea redirected from the idea box becomes a draft in its author's name, to be confirmed and costed. */
    long draftFromIdea(ComponentRef budget, RedirectTarget.RedirectedIdea idea) {
        String envelope = idea.district() == null || idea.district().isBlank() ? BudgetComponent.CITY : idea.district();
        String title = idea.title().length() > 200 ? idea.title().substring(0, 200) : idea.title();
        String category = BudgetComponent.categories(budget).get(0);
        Project project = new Project(budget.id(), budget.space().id(), idea.author().id(), idea.author().pseudonym(),
                new ProjectInput(title, idea.body(), category, envelope, 1L),
                Project.Status.DRAFT, idea.ideaId(), BudgetComponent.directorate(budget, category), Instant.now());
        em.persist(project);
        em.flush();
        outbox.record(new ContributionPublished(records.searchable(project)));
        return project.getId();
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

    private ProjectInput validate(ComponentRef budget, ProjectInput input) {
        if (input == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "project.invalid");
        }
        String title = input.title() == null ? "" : input.title().strip();
        String description = input.description() == null ? "" : input.description().strip();
        if (title.length() < 5 || title.length() > 200) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "project.title");
        }
        if (description.length() < 10 || description.length() > 5000) {
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
        return new ProjectInput(title, description, input.category().strip(), envelope, input.cost());
    }
}
