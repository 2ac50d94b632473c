package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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
        project.moveTo(selected ? Project.Status.SELECTED : Project.Status.FILED);
        audit.record(agent, selected ? "budget.project.selected" : "budget.project.unselected", "budget-project",
                Long.toString(projectId), null, project.getEnvelope());
        outbox.record(new ContributionPublished(records.searchable(project)));
        return Views.ProjectView.of(project, agent.id());
    }

    /** The count of every envelope that has projects on the ballot, with its winners. */
    @Transactional
    public List<Views.EnvelopeResult> count(CitizenRef viewer, long componentId) {
        access.require(BudgetComponent.ID, viewer, componentId, "results", null);
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
        List<Set<Long>> ballots = em.createQuery("SELECT b FROM Ballot b WHERE b.componentId = :c AND b.envelope = :e", Ballot.class)
                .setParameter("c", budget.id()).setParameter("e", envelope).getResultStream()
                .map(Ballot::getProjectIds).toList();
        Map<Long, Long> votes = new LinkedHashMap<>();
        projects.forEach(p -> votes.put(p.getId(), 0L));
        ballots.forEach(b -> b.forEach(id -> votes.computeIfPresent(id, (k, v) -> v + 1)));
        long amount = BudgetComponent.amount(budget, envelope);
        boolean equalShares = BudgetComponent.equalShares(budget);
        Election election = new Election(Map.of(), BigDecimal.valueOf(amount), equalShares ? "equalshares/add1" : "greedy",
                null, null,
                projects.stream().map(p -> new org.civitas.budget.tally.Project(Long.toString(p.getId()),
                        BigDecimal.valueOf(p.getCost()), votes.get(p.getId()).intValue(), p.getTitle(), p.getCategory(),
                        envelope, null)).toList(),
                ballots.stream().map(b -> new org.civitas.budget.tally.Ballot(b.stream().map(String::valueOf).toList())).toList());
        var outcome = (equalShares ? new EqualShares() : new Greedy()).outcome(election);
        List<Views.Count> counts = projects.stream()
                .map(p -> new Views.Count(p.getId(), p.getTitle(), p.getCost(), votes.get(p.getId())))
                .sorted(Comparator.comparingLong(Views.Count::votes).reversed().thenComparingLong(Views.Count::project))
                .toList();
        return new Views.EnvelopeResult(envelope, amount, equalShares ? "equal-shares" : "greedy", ballots.size(),
                outcome.spent().longValue(), counts, outcome.winners().stream().map(Long::valueOf).toList());
    }
}
