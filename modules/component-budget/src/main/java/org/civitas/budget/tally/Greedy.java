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
 *
 * <p>A reserve (META {@value #RESERVE}, a Civitas key) is applied first, as Paris reserves a third of its budget
 * to projects in popular neighbourhoods: the same walk over the {@code reserved} projects alone, within the
 * reserve; then the walk over all the others, within what the whole budget has left (an unspent reserve is not
 * lost). Without the key the rule is Pabulib's greedy.
 */
public final class Greedy implements WinnerRule {

    /** The META key of the amount reserved to the projects marked {@code reserved}. */
    public static final String RESERVE = "reserved_budget";

    @Override
    public Outcome outcome(Election election) {
        Approvals approvals = Approvals.counted(election);
        Integer[] order = new Integer[approvals.projects.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> approvals.tieRank[i]));
        BigDecimal reserve = reserve(election);
        boolean[] taken = new boolean[order.length];
        List<Project> funded = new ArrayList<>();
        BigDecimal left = walk(approvals, order, taken, reserve, true, funded);
        walk(approvals, order, taken, election.budget().subtract(reserve.subtract(left)), false, funded);
        return Outcome.of(funded);
    }

    /** Funds, in order, the projects not yet taken (only reserved ones when asked) that fit; returns what is left. */
    private static BigDecimal walk(Approvals approvals, Integer[] order, boolean[] taken, BigDecimal amount,
                                   boolean reservedOnly, List<Project> funded) {
        BigDecimal left = amount;
        for (int project : order) {
            Project p = approvals.projects.get(project);
            BigDecimal cost = approvals.cost(project);
            if (!taken[project] && (!reservedOnly || p.reserved()) && approvals.votes[project] > 0
                    && cost.compareTo(left) <= 0) {
                taken[project] = true;
                funded.add(p);
                left = left.subtract(cost);
            }
        }
        return left;
    }

    private static BigDecimal reserve(Election election) {
        String reserved = election.meta().get(RESERVE);
        if (reserved == null || reserved.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal amount = new BigDecimal(reserved.strip());
            return amount.signum() <= 0 ? BigDecimal.ZERO : amount.min(election.budget());
        } catch (NumberFormatException e) {
            throw new PabulibFormatException("META " + RESERVE + " is not a number: " + reserved);
        }
    }
}
