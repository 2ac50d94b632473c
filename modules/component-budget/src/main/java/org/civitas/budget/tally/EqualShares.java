package org.civitas.budget.tally;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Method of Equal Shares with cost utilities and add-one completion (Pabulib {@code equalshares/add1}), as
 * Wieliczka, Świecie, Assen and Aarau fund projects.
 *
 * <p>Each of the n voters gets an equal share of the budget. Repeatedly, among the projects not yet funded whose
 * approvers together still hold at least its cost, the rule funds the one with the smallest ρ / cost, where ρ is
 * the smallest cap such that charging every approver {@code min(their money, ρ)} covers the cost exactly (the
 * price per unit of utility, an approver's utility for a project being its cost). Its approvers are charged, and
 * the rule goes on until no project is affordable. Ties go to the project with more approvers, then to the
 * cheaper one, then to the lower project id in natural order (digits compare as numbers).
 *
 * <p>Add-one completion: equal shares usually leaves money unspent, so the whole method is run again with each
 * voter's share raised by one currency unit (a total of B + n, then B + 2n…), as long as its outcome still
 * costs no more than the budget B; the last outcome that fitted is kept. As in the reference implementations
 * (equalshares.net, pabutools), the raising stops as soon as an outcome is exhaustive, that is when no project
 * left out fits in what it leaves of B.
 *
 * <p>Arithmetic is exact: money is counted in units of 1/n of the smallest amount the file writes, so every
 * share is a whole number, and prices and what is left to voters are fractions that are never rounded.
 * Floating point would change winners on ties.
 */
public final class EqualShares implements WinnerRule {

    @Override
    public Outcome outcome(Election election) {
        Approvals approvals = Approvals.of(election);
        if (approvals.ballots == 0) {
            return Outcome.of(List.of());
        }
        int scale = election.budget().stripTrailingZeros().scale();
        for (Project project : election.projects()) {
            scale = Math.max(scale, project.cost().stripTrailingZeros().scale());
        }
        scale = Math.max(scale, 0);
        BigInteger voters = BigInteger.valueOf(approvals.ballots);
        Fraction[] costs = new Fraction[approvals.projects.size()];
        for (int project = 0; project < costs.length; project++) {
            costs[project] = Fraction.of(units(approvals.cost(project), scale).multiply(voters));
        }
        BigInteger budget = units(election.budget(), scale);
        BigInteger unitPerVoter = BigInteger.TEN.pow(scale).multiply(voters);

        Run run = new Run(approvals, costs);
        List<Integer> funded = run.fund(budget);
        for (BigInteger share = budget.add(unitPerVoter); !exhaustive(approvals, funded, election.budget());
             share = share.add(unitPerVoter)) {
            List<Integer> raised = run.fund(share);
            if (cost(approvals, raised).compareTo(election.budget()) > 0) {
                break;
            }
            funded = raised;
        }
        return Outcome.of(funded.stream().map(approvals.projects::get).toList());
    }

    /** The amount in units of 10^-scale, so that every amount of the election is a whole number. */
    private static BigInteger units(BigDecimal amount, int scale) {
        return amount.movePointRight(scale).toBigIntegerExact();
    }

    private static BigDecimal cost(Approvals approvals, List<Integer> funded) {
        return funded.stream().map(approvals::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean exhaustive(Approvals approvals, List<Integer> funded, BigDecimal budget) {
        BigDecimal left = budget.subtract(cost(approvals, funded));
        for (int project = 0; project < approvals.projects.size(); project++) {
            if (!funded.contains(project) && approvals.cost(project).compareTo(left) <= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * One run of the method for a given share per voter. Voters whose money is equal are one class, so prices
     * are computed over a few distinct amounts rather than over every approver.
     */
    private static final class Run {

        private final Approvals approvals;
        private final Fraction[] costs;
        /** Per class: the money each of its voters still holds. */
        private final List<Fraction> money = new ArrayList<>();
        private final Map<Fraction, Integer> classOf = new HashMap<>();
        /** Per group of identical ballots: its voters' class. */
        private final int[] groupClass;
        private int[] seen = new int[16];
        private long[] approving = new long[16];
        private int[] touched = new int[16];
        private int pass;

        Run(Approvals approvals, Fraction[] costs) {
            this.approvals = approvals;
            this.costs = costs;
            this.groupClass = new int[approvals.voters.length];
        }

        List<Integer> fund(BigInteger share) {
            money.clear();
            classOf.clear();
            Arrays.fill(groupClass, moneyClass(Fraction.of(share)));
            // A project's ρ / cost only grows as voters spend, so the last one computed is a lower bound.
            Fraction[] lowerBound = new Fraction[costs.length];
            List<Integer> candidates = new ArrayList<>();
            for (int project = 0; project < costs.length; project++) {
                if (costs[project].signum() > 0 && approvals.votes[project] > 0) {
                    lowerBound[project] = Fraction.of(BigInteger.ONE, BigInteger.valueOf(approvals.votes[project]));
                    candidates.add(project);
                }
            }
            Comparator<Integer> byBound = Comparator.comparing((Integer project) -> lowerBound[project])
                    .thenComparingInt(project -> approvals.tieRank[project]);
            List<Integer> funded = new ArrayList<>();
            while (true) {
                candidates.sort(byBound);
                int best = -1;
                Fraction bestRatio = null;
                for (var it = candidates.iterator(); it.hasNext(); ) {
                    int project = it.next();
                    if (best >= 0 && lowerBound[project].compareTo(bestRatio) > 0) {
                        break;
                    }
                    Fraction rho = price(project);
                    if (rho == null) {
                        it.remove();
                        continue;
                    }
                    Fraction ratio = rho.times(rhoToRatio(project));
                    lowerBound[project] = ratio;
                    int byRatio = best < 0 ? -1 : ratio.compareTo(bestRatio);
                    if (byRatio < 0 || byRatio == 0 && approvals.tieRank[project] < approvals.tieRank[best]) {
                        best = project;
                        bestRatio = ratio;
                    }
                }
                if (best < 0) {
                    return funded;
                }
                funded.add(best);
                candidates.remove(Integer.valueOf(best));
                charge(best, bestRatio.times(costs[best]));
            }
        }

        private Fraction rhoToRatio(int project) {
            return Fraction.of(BigInteger.ONE).dividedBy(costs[project]);
        }

        /** The smallest ρ such that its approvers, each paying min(their money, ρ), cover the cost; null if they cannot. */
        private Fraction price(int project) {
            pass++;
            int classes = 0;
            for (int group : approvals.approvers[project]) {
                int c = groupClass[group];
                if (seen[c] != pass) {
                    seen[c] = pass;
                    approving[c] = 0;
                    touched[classes++] = c;
                }
                approving[c] += approvals.voters[group];
            }
            Integer[] poorestFirst = new Integer[classes];
            for (int i = 0; i < classes; i++) {
                poorestFirst[i] = touched[i];
            }
            Arrays.sort(poorestFirst, Comparator.comparing(money::get));
            Fraction due = costs[project];
            long payers = approvals.votes[project];
            for (int c : poorestFirst) {
                // Voters who hold less than an equal split of what is due pay all they have.
                if (money.get(c).times(payers).compareTo(due) >= 0) {
                    return due.dividedBy(payers);
                }
                due = due.subtract(money.get(c).times(approving[c]));
                payers -= approving[c];
            }
            return null;
        }

        private void charge(int project, Fraction rho) {
            Map<Integer, Integer> after = new HashMap<>();
            for (int group : approvals.approvers[project]) {
                groupClass[group] = after.computeIfAbsent(groupClass[group], c -> {
                    Fraction held = money.get(c);
                    return moneyClass(held.compareTo(rho) > 0 ? held.subtract(rho) : Fraction.ZERO);
                });
            }
        }

        private int moneyClass(Fraction held) {
            return classOf.computeIfAbsent(held, m -> {
                money.add(m);
                int c = money.size() - 1;
                if (c == seen.length) {
                    seen = Arrays.copyOf(seen, c * 2);
                    approving = Arrays.copyOf(approving, c * 2);
                    touched = Arrays.copyOf(touched, c * 2);
                }
                return c;
            });
        }
    }
}
