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
import java.util.stream.Collectors;
import org.civitas.budget.tally.Election;
import org.civitas.budget.tally.EqualShares;
import org.civitas.budget.tally.Greedy;
import org.civitas.budget.tally.Outcome;
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
        // Once a ballot is cast the list voters chose from stays as it was, both ways.
        if (project.getStatus() == Project.Status.WON || records.hasBallots(project.getComponentId())) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "select.frozen");
        }
        // Only a filed project goes to the vote and only one on the ballot comes back: a merged one stays merged.
        if (project.getStatus() != (selected ? Project.Status.FILED : Project.Status.SELECTED)) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, selected ? "select.not-filed" : "select.not-selected");
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

    /** Whether the budget's results are published. */
    @Transactional
    public boolean isPublished(long componentId) {
        return records.published(componentId);
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
        if (!records.published(componentId)) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "results.unpublished");
        }
        return tally(access.component(BudgetComponent.ID, componentId, viewer));
    }

    /** The funded projects that have a map point, for the results' map: public with the results, as they are. */
    @Transactional
    public List<Views.Spot> winnerSpots(CitizenRef viewer, long componentId) {
        access.require(BudgetComponent.ID, viewer, componentId, "read", null);
        if (!records.published(componentId)) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Project p WHERE p.componentId = :c AND p.status = :won "
                        + "AND p.latitude IS NOT NULL ORDER BY p.id", Project.class)
                .setParameter("c", componentId).setParameter("won", Project.Status.WON).getResultStream()
                .map(p -> new Views.Spot(p.getId(), p.getTitle(), p.getLatitude(), p.getLongitude())).toList();
    }

    /** Publishes the winners: each winning project becomes WON; audited. */
    @Transactional
    public List<Views.EnvelopeResult> publish(CitizenRef administrator, long componentId) {
        access.require(BudgetComponent.ID, administrator, componentId, "results", null);
        records.requireUnpublished(componentId, "results.already-published");
        if (!records.hasBallots(componentId)) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "results.no-ballots");
        }
        // The primary key makes the publication happen once, even when two administrators press at the same moment.
        em.createNativeQuery("INSERT INTO budget_publication (component_id, published_at) VALUES (?1, now()) "
                + "ON CONFLICT DO NOTHING").setParameter(1, componentId).executeUpdate();
        List<Views.EnvelopeResult> results = tally(access.component(BudgetComponent.ID, componentId, administrator));
        for (Views.EnvelopeResult envelope : results) {
            for (Views.Count count : envelope.counts()) {
                Project project = em.find(Project.class, count.project());
                boolean won = envelope.winners().contains(count.project());
                project.moveTo(won ? Project.Status.WON : Project.Status.NOT_FUNDED);
                history.record(project, won ? ProjectHistory.WON : ProjectHistory.NOT_FUNDED);
                outbox.record(new ContributionPublished(records.searchable(project)));
            }
        }
        audit.record(administrator, "budget.results.published", "budget", Long.toString(componentId), null,
                "winners=" + results.stream().mapToInt(r -> r.winners().size()).sum());
        return results;
    }

    private List<Views.EnvelopeResult> tally(ComponentRef budget) {
        Map<String, List<Project>> byEnvelope = onBallot(budget.id(), null).stream()
                .collect(Collectors.groupingBy(Project::getEnvelope, LinkedHashMap::new, Collectors.toList()));
        List<Views.EnvelopeResult> results = new ArrayList<>();
        byEnvelope.forEach((envelope, projects) -> results.add(tally(budget, envelope, projects)));
        return results;
    }

    /** The projects on the ballot of the budget, or of one of its envelopes ({@code envelope} null: all). */
    List<Project> onBallot(long componentId, String envelope) {
        var query = em.createQuery("SELECT p FROM Project p WHERE p.componentId = :c AND p.status IN :s"
                        + (envelope == null ? "" : " AND p.envelope = :e") + " ORDER BY p.envelope, p.id", Project.class)
                .setParameter("c", componentId).setParameter("s", Project.ON_BALLOT);
        return (envelope == null ? query : query.setParameter("e", envelope)).getResultList();
    }

    /**
     * One envelope's count under the rule chosen before the vote, and what the other rule would have funded:
     * open data lets anyone compare, so the page and the files show it too, labelled as a comparison.
     */
    Views.EnvelopeResult tally(ComponentRef budget, String envelope, List<Project> projects) {
        Election election = election(budget, envelope, projects);
        boolean equalShares = BudgetComponent.equalShares(budget);
        Outcome outcome = (equalShares ? new EqualShares() : new Greedy()).outcome(election);
        Outcome other = (equalShares ? new Greedy() : new EqualShares()).outcome(election);
        List<Views.Count> counts = election.projects().stream()
                .map(p -> new Views.Count(Long.parseLong(p.id()), p.name(), p.category(), p.cost().longValue(), p.votes()))
                .sorted(Comparator.comparingLong(Views.Count::votes).reversed().thenComparingLong(Views.Count::project))
                .toList();
        return new Views.EnvelopeResult(envelope, election.budget().longValue(), ruleName(equalShares),
                election.ballots().size(), outcome.spent().longValue(), counts, ids(outcome),
                new Views.Comparison(ruleName(!equalShares), other.spent().longValue(), ids(other)));
    }

    private static String ruleName(boolean equalShares) {
        return equalShares ? "equal-shares" : "greedy";
    }

    private static List<Long> ids(Outcome outcome) {
        return outcome.winners().stream().map(Long::valueOf).toList();
    }

    /**
     * An envelope's election in the tally's terms. The choices are read in one query (not ballot by ballot: an
     * imported envelope holds thousands), ballots in the order of their random receipt codes.
     */
    Election election(ComponentRef budget, String envelope, List<Project> projects) {
        List<?> rows = em.createNativeQuery("SELECT b.id, c.project_id FROM budget_ballot b LEFT JOIN budget_choice c "
                        + "ON c.ballot_id = b.id WHERE b.component_id = ?1 AND b.envelope = ?2 ORDER BY b.receipt, b.id, c.project_id")
                .setParameter(1, budget.id()).setParameter(2, envelope).getResultList();
        Map<Long, List<String>> choices = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            List<String> ballot = choices.computeIfAbsent(((Number) cells[0]).longValue(), id -> new ArrayList<>());
            if (cells[1] != null) {
                ballot.add(cells[1].toString());
            }
        }
        Map<Long, Integer> votes = new LinkedHashMap<>();
        projects.forEach(p -> votes.put(p.getId(), 0));
        choices.values().forEach(b -> b.forEach(id -> votes.computeIfPresent(Long.valueOf(id), (k, v) -> v + 1)));
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
        long reserve = BudgetComponent.reserve(budget, envelope);
        if (!equalShares && reserve > 0) {
            meta.put(Greedy.RESERVE, Long.toString(reserve));
        }
        return new Election(meta, BigDecimal.valueOf(BudgetComponent.amount(budget, envelope)),
                equalShares ? "equalshares/add1" : "greedy", null, BudgetComponent.ballotRule(budget, envelope).maxPicks(),
                projects.stream().map(p -> new org.civitas.budget.tally.Project(p.getId().toString(),
                        BigDecimal.valueOf(p.getVoteCost()), votes.get(p.getId()), p.getTitle(), p.getCategory(),
                        BudgetComponent.CITY.equals(envelope) ? "" : envelope, null, p.isPopular())).toList(),
                choices.values().stream().map(org.civitas.budget.tally.Ballot::new).toList());
    }
}
