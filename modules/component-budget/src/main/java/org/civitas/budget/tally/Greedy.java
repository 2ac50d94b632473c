package org.civitas.budget.tally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy by votes (Pabulib {@code greedy}), as Paris and Warsaw fund projects: approvals are counted per
 * project, and projects are taken by decreasing votes; a project is funded if its cost fits in what is left of
 * the budget, otherwise it is skipped and the walk goes on with the next one.
 *
 * <p>Ties in votes go to the cheaper project, then to the lower project id in natural order (digits compare as
 * numbers: {@code c2} before {@code c10}). A project nobody approved is never funded.
 */
public final class Greedy implements WinnerRule {

    @Override
    public Outcome outcome(Election election) {
        Approvals approvals = Approvals.counted(election);
        Integer[] order = new Integer[approvals.projects.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> approvals.tieRank[i]));
        BigDecimal left = election.budget();
        List<Project> funded = new ArrayList<>();
        for (int project : order) {
            BigDecimal cost = approvals.cost(project);
            if (approvals.votes[project] > 0 && cost.compareTo(left) <= 0) {
                funded.add(approvals.projects.get(project));
                left = left.subtract(cost);
            }
        }
        return Outcome.of(funded);
    }
}
