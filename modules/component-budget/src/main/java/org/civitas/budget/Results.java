package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.budget.tally.Election;
import org.civitas.budget.tally.EqualShares;
import org.civitas.budget.tally.Greedy;
import org.civitas.budget.tally.Pabulib;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.Outbox;
import org.civitas.spi.Refusal;

/**
 * Selection and results: which filed projects go to the vote, the count per envelope under the winner rule
 * chosen before the vote (greedy or equal shares, from the tally library), and its publication.
 */
@ApplicationScoped
public class Results {

    @PersistenceContext(unitName = "budget")
    EntityManager em;
    @Inject
    ComponentAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    BudgetRecords records;
    @Inject
    ProjectStore store;
    @Inject
    ProjectHistory history;

    /** A commission puts a filed project to the vote, or takes it back before the first ballot. */
    @Transactional
    public Views.ProjectView select(CitizenRef agent, long projectId, boolean selected) {
        Project project = em.find(Project.class, projectId);
        if (project == null || project.getStatus() == Project.Status.DRAFT) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "project.not-found");
        }
        access.require(BudgetComponent.ID, agent, project.getComponentId(), "select", null);
        if (project.getStatus() == Project.Status.WON || (!selected && records.hasBallots(project.getComponentId()))) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "select.frozen");
        }
        if (selected && project.getStudy().opinion() != Study.Opinion.FAVOURABLE) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "select.unstudied");
        }
        project.moveTo(selected ? Project.Status.SELECTED : Project.Status.FILED);
        history.record(project, selected ? ProjectHistory.SELECTED : ProjectHistory.UNSELECTED);
        audit.record(agent, selected ? "budget.project.selected" : "budget.project.unselected", "budget-project",
                Long.toString(projectId), null, project.getEnvelope());
        outbox.record(new ContributionPublished(records.searchable(project)));
        return store.view(project, agent);
    }

    /** The count of every envelope that has projects on the ballot, with its winners. */
    @Transactional
    public List<Views.EnvelopeResult> count(CitizenRef viewer, long componentId) {
        access.require(BudgetComponent.ID, viewer, componentId, "results", null);
        return tally(access.component(BudgetComponent.ID, componentId, viewer));
    }

    /** The published results, for everyone: the count per envelope and its winners, once publication happened. */
    @Transactional
    public List<Views.EnvelopeResult> published(CitizenRef viewer, long componentId) {
        access.require(BudgetComponent.ID, viewer, componentId, "read", null);
        if (!published(componentId)) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "results.unpublished");
        }
        return tally(access.component(BudgetComponent.ID, componentId, viewer));
    }

    /** Publishes the winners: each winning project becomes WON; audited. */
    @Transactional
    public List<Views.EnvelopeResult> publish(CitizenRef administrator, long componentId) {
        access.require(BudgetComponent.ID, administrator, componentId, "results", null);
        List<Views.EnvelopeResult> results = tally(access.component(BudgetComponent.ID, componentId, administrator));
        for (Views.EnvelopeResult envelope : results) {
            for (long winner : envelope.winners()) {
                Project project = em.find(Project.class, winner);
                project.moveTo(Project.Status.WON);
                history.record(project, ProjectHistory.WON);
                outbox.record(new ContributionPublished(records.searchable(project)));
            }
        }
        audit.record(administrator, "budget.results.published", "budget", Long.toString(componentId), null,
                results.stream().map(r -> r.envelope() + ":" + r.winners()).collect(Collectors.joining(" ")));
        return results;
    }

    private List<Views.EnvelopeResult> tally(ComponentRef budget) {
        List<Project> onBallot = em.createQuery("SELECT p FROM Project p WHERE p.componentId = :c AND p.status IN :s "
                        + "ORDER BY p.envelope, p.id", Project.class)
                .setParameter("c", budget.id()).setParameter("s", List.of(Project.Status.SELECTED, Project.Status.WON))
                .getResultList();
        Map<String, List<Project>> byEnvelope = onBallot.stream()
                .collect(Collectors.groupingBy(Project::getEnvelope, LinkedHashMap::new, Collectors.toList()));
        List<Views.EnvelopeResult> results = new ArrayList<>();
        byEnvelope.forEach((envelope, projects) -> results.add(tally(budget, envelope, projects)));
        return results;
    }

    private Views.EnvelopeResult tally(ComponentRef budget, String envelope, List<Project> projects) {
        Election election = election(budget, envelope, projects);
        boolean equalShares = BudgetComponent.equalShares(budget);
        var outcome = (equalShares ? new EqualShares() : new Greedy()).outcome(election);
        List<Views.Count> counts = election.projects().stream()
                .map(p -> new Views.Count(Long.parseLong(p.id()), p.name(), p.cost().longValue(), p.votes()))
                .sorted(Comparator.comparingLong(Views.Count::votes).reversed().thenComparingLong(Views.Count::project))
                .toList();
        return new Views.EnvelopeResult(envelope, election.budget().longValue(), equalShares ? "equal-shares" : "greedy",
                election.ballots().size(), outcome.spent().longValue(), counts,
                outcome.winners().stream().map(Long::valueOf).toList());
    }

    /**
     * One envelope's election as open data, in the Pabulib format: anyone may recompute the winners from it
     * with the command-line tally. Published results are public; before that, administrators only. Voters are
     * numbered in the order of their random receipt codes, so neither who nor when can be read from the file.
     */
    @Transactional
    public String pabulib(CitizenRef viewer, long componentId, String envelope) {
        access.require(BudgetComponent.ID, viewer, componentId, "read", null);
        if (envelope == null || !envelope.matches("[A-Za-z0-9_-]{1,32}")) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "results.envelope");
        }
        if (!published(componentId)) {
            access.require(BudgetComponent.ID, viewer, componentId, "results", null);
        }
        ComponentRef budget = access.component(BudgetComponent.ID, componentId, viewer);
        List<Project> projects = em.createQuery("SELECT p FROM Project p WHERE p.componentId = :c AND p.envelope = :e "
                        + "AND p.status IN :s ORDER BY p.id", Project.class)
                .setParameter("c", componentId).setParameter("e", envelope)
                .setParameter("s", List.of(Project.Status.SELECTED, Project.Status.WON)).getResultList();
        if (projects.isEmpty()) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "results.envelope");
        }
        Election election = election(budget, envelope, projects).withSelected(projects.stream()
                .filter(p -> p.getStatus() == Project.Status.WON).map(p -> p.getId().toString()).toList());
        StringWriter file = new StringWriter();
        try {
            Pabulib.write(election, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }

    private Election election(ComponentRef budget, String envelope, List<Project> projects) {
        List<Set<Long>> ballots = em.createQuery("SELECT b FROM Ballot b WHERE b.componentId = :c AND b.envelope = :e "
                        + "ORDER BY b.receipt", Ballot.class)
                .setParameter("c", budget.id()).setParameter("e", envelope).getResultStream()
                .map(Ballot::getProjectIds).toList();
        Map<Long, Integer> votes = new LinkedHashMap<>();
        projects.forEach(p -> votes.put(p.getId(), 0));
        ballots.forEach(b -> b.forEach(id -> votes.computeIfPresent(id, (k, v) -> v + 1)));
        boolean equalShares = BudgetComponent.equalShares(budget);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", "Civitas, budget " + budget.id() + ", " + envelope);
        meta.put("unit", budget.space().slug());
        meta.put("instance", Long.toString(budget.id()));
        meta.put("district", envelope);
        meta.put("vote_type", "approval");
        meta.put("rule", equalShares ? "equalshares/add1" : "greedy");
        meta.put("max_length", Integer.toString(BudgetComponent.ballotRule(budget, envelope).maxPicks()));
        meta.put("currency", "EUR");
        return new Election(meta, BigDecimal.valueOf(BudgetComponent.amount(budget, envelope)),
                equalShares ? "equalshares/add1" : "greedy", null, BudgetComponent.ballotRule(budget, envelope).maxPicks(),
                projects.stream().map(p -> new org.civitas.budget.tally.Project(p.getId().toString(),
                        BigDecimal.valueOf(p.getCost()), votes.get(p.getId()), p.getTitle(), p.getCategory(),
                        BudgetComponent.CITY.equals(envelope) ? "" : envelope, null)).toList(),
                ballots.stream().map(b -> new org.civitas.budget.tally.Ballot(b.stream().map(String::valueOf).toList())).toList());
    }

    private boolean published(long componentId) {
        return !em.createQuery("SELECT p.id FROM Project p WHERE p.componentId = :c AND p.status = :won")
                .setParameter("c", componentId).setParameter("won", Project.Status.WON).setMaxResults(1)
                .getResultList().isEmpty();
    }
}
