package org.civitas.budget.tally;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
 * <p>The raising goes faster where nothing changes: while the projects funded stay the same, the share is raised
 * by 2, 4, 8… units at each try, and by one unit again as soon as they change. This gives the unit steps' result
 * unless an outcome changes and changes back between two tries, which no real election has shown.
 *
 * <p>Outcomes are exact: money is counted in units of 1/n of the smallest amount the file writes, so every share
 * is a whole number, and prices and what is left to voters are fractions, never rounded (floating point changes
 * winners on ties). Each run is first done in doubles, some hundred times faster, which decide only what they
 * decide for sure (both sides of every comparison more than one part in 10^9 apart, far beyond a run's rounding;
 * prices that are exactly cost / payers are compared by their payers); a run with a closer decision is done
 * again in fractions.
 */
public final class EqualShares implements WinnerRule {

    /** Past this many raises of the share, every project could be bought many times over: the loop has ended. */
    private static final long MAX_RAISES = 1L << 40;
    /** Doubles decide only when their two sides differ by more than this share of them. */
    private static final double CLOSE = 1e-9;

    private final boolean inDoubles;

    public EqualShares() {
        this(true);
    }

    /** With {@code inDoubles} false, every run is done in fractions: slower, and the same outcome. */
    EqualShares(boolean inDoubles) {
        this.inDoubles = inDoubles;
    }

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

        ExactRun exact = new ExactRun(approvals, costs);
        QuickRun quick = inDoubles && Arrays.stream(costs).allMatch(QuickRun::holds)
                ? new QuickRun(approvals, costs) : null;
        Function<Long, List<Integer>> fund = raises -> {
            BigInteger share = budget.add(unitPerVoter.multiply(BigInteger.valueOf(raises)));
            if (quick != null && QuickRun.holds(Fraction.of(share))) {
                try {
                    return quick.fund(share.doubleValue());
                } catch (TooClose e) {
                    // A decision the doubles cannot make for sure: this run is done again in fractions.
                }
            }
            return exact.fund(share);
        };
        long raises = 0;
        List<Integer> funded = fund.apply(raises);
        // Outcomes change at few shares: while the projects funded stay the same, the share is raised further at
        // each try; when they change, it goes back to raising by one unit.
        long step = 1;
        while (!exhaustive(approvals, funded, election.budget()) && raises + step <= MAX_RAISES) {
            List<Integer> raised = fund.apply(raises + step);
            if (Set.copyOf(raised).equals(Set.copyOf(funded))) {
                funded = raised;
                raises += step;
                step *= 2;
            } else if (step > 1) {
                step = 1;
            } else if (cost(approvals, raised).compareTo(election.budget()) > 0) {
                break;
            } else {
                funded = raised;
                raises++;
            }
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
    private static final class ExactRun {

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

        ExactRun(Approvals approvals, Fraction[] costs) {
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
                    Fraction ratio = rho.dividedBy(costs[project]);
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

    /** Thrown when doubles cannot tell for sure which way a decision goes. */
    private static final class TooClose extends RuntimeException {
        static final TooClose INSTANCE = new TooClose();

        private TooClose() {
            super(null, null, false, false);
        }
    }

    /**
     * The same run in doubles, which is some hundred times faster than fractions on a large election. Every decision
     * (who is poor for a price, which price is lower, what is affordable) is taken only when its two sides
     * differ by more than one part in 10^9, far beyond the rounding of a run; otherwise it throws {@link TooClose}
     * and the run is done in fractions. A price that nobody's money caps is cost / approvers exactly, so such
     * prices are compared by their approvers, which keeps the common ties exact.
     */
    private static final class QuickRun {

        private static final Fraction EXACT_DOUBLES = Fraction.of(BigInteger.ONE.shiftLeft(53));

        private final Approvals approvals;
        private final double[] costs;
        private final int[] groupClass;
        private double[] money = new double[16];
        private int classes;
        /** Per class, during a charge: the class its charged voters move to. */
        private int[] movedIn = new int[16];
        private int[] movedTo = new int[16];
        private int zero;
        private int[] seen = new int[16];
        private int[] poorIn = new int[16];
        private long[] approving = new long[16];
        private int[] touched = new int[16];
        private int pass;
        /** Projects with the same cost and the same approvers: their prices are always equal. */
        private final int[] twin;
        /**
         * What the last {@link #price} found: ρ (NaN when unaffordable), how many approvers pay it, and whether
         * only voters with nothing left were left out, in which case ρ is exactly the cost over the payers.
         */
        private double rho;
        private long payers;
        private boolean uncapped;

        QuickRun(Approvals approvals, Fraction[] costs) {
            this.approvals = approvals;
            this.costs = new double[costs.length];
            for (int project = 0; project < costs.length; project++) {
                this.costs[project] = costs[project].doubleValue();
            }
            this.groupClass = new int[approvals.voters.length];
            this.twin = new int[costs.length];
            Map<List<Object>, Integer> twins = new HashMap<>();
            for (int project = 0; project < costs.length; project++) {
                twin[project] = twins.computeIfAbsent(
                        List.of(costs[project], Arrays.stream(approvals.approvers[project]).boxed().toList()),
                        key -> twins.size());
            }
        }

        /** Whether a double holds this whole amount exactly. */
        static boolean holds(Fraction amount) {
            return amount.compareTo(EXACT_DOUBLES) < 0;
        }

        List<Integer> fund(double share) {
            classes = 0;
            zero = -1;
            Arrays.fill(groupClass, newClass(share));
            double[] lowerBound = new double[costs.length];
            List<Integer> candidates = new ArrayList<>();
            for (int project = 0; project < costs.length; project++) {
                if (costs[project] > 0 && approvals.votes[project] > 0) {
                    lowerBound[project] = 1.0 / approvals.votes[project];
                    candidates.add(project);
                }
            }
            Comparator<Integer> byBound = Comparator.comparingDouble(project -> lowerBound[project]);
            List<Integer> funded = new ArrayList<>();
            while (true) {
                candidates.sort(byBound);
                int best = -1;
                double bestRatio = 0;
                double bestRho = 0;
                boolean bestUncapped = false;
                long bestPayers = 0;
                for (var it = candidates.iterator(); it.hasNext(); ) {
                    int project = it.next();
                    // Bounds only spare work, so one too close to the best is looked at rather than decided.
                    if (best >= 0 && lowerBound[project] > bestRatio * (1 + CLOSE)) {
                        break;
                    }
                    price(project);
                    if (Double.isNaN(rho)) {
                        it.remove();
                        continue;
                    }
                    double ratio = rho / costs[project];
                    lowerBound[project] = ratio;
                    int byRatio;
                    if (best < 0) {
                        byRatio = -1;
                    } else if (uncapped && bestUncapped) {
                        byRatio = Long.compare(bestPayers, payers);
                    } else if (twin[project] == twin[best]) {
                        byRatio = 0;
                    } else {
                        byRatio = decided(ratio, bestRatio);
                    }
                    if (byRatio < 0 || byRatio == 0 && approvals.tieRank[project] < approvals.tieRank[best]) {
                        best = project;
                        bestRatio = ratio;
                        bestRho = rho;
                        bestUncapped = uncapped;
                        bestPayers = payers;
                    }
                }
                if (best < 0) {
                    return funded;
                }
                funded.add(best);
                candidates.remove(Integer.valueOf(best));
                charge(best, bestRho);
            }
        }

        private void price(int project) {
            pass++;
            int count = 0;
            double held = 0;
            for (int group : approvals.approvers[project]) {
                int c = groupClass[group];
                if (seen[c] != pass) {
                    seen[c] = pass;
                    approving[c] = 0;
                    touched[count++] = c;
                }
                approving[c] += approvals.voters[group];
            }
            for (int i = 0; i < count; i++) {
                held += money[touched[i]] * approving[touched[i]];
            }
            double cost = costs[project];
            if (decided(held, cost) < 0) {
                rho = Double.NaN;
                return;
            }
            double due = cost;
            payers = approvals.votes[project];
            rho = due / payers;
            uncapped = true;
            // Voters holding less than an equal split of what is due pay all they have, which raises the split.
            for (boolean capped = true; capped; ) {
                capped = false;
                for (int i = 0; i < count; i++) {
                    int c = touched[i];
                    if (poorIn[c] != pass && decided(money[c], rho) < 0) {
                        poorIn[c] = pass;
                        due -= money[c] * approving[c];
                        payers -= approving[c];
                        capped = true;
                        uncapped &= money[c] == 0;
                    }
                }
                rho = due / payers;
            }
        }

        private void charge(int project, double price) {
            pass++;
            for (int group : approvals.approvers[project]) {
                int c = groupClass[group];
                if (movedIn[c] != pass) {
                    movedIn[c] = pass;
                    double held = money[c];
                    if (held > price) {
                        movedTo[c] = newClass(held - price);
                    } else {
                        if (zero < 0) {
                            zero = newClass(0);
                        }
                        movedTo[c] = zero;
                    }
                }
                groupClass[group] = movedTo[c];
            }
        }

        private int newClass(double held) {
            if (classes == money.length) {
                int size = classes * 2;
                money = Arrays.copyOf(money, size);
                seen = Arrays.copyOf(seen, size);
                poorIn = Arrays.copyOf(poorIn, size);
                approving = Arrays.copyOf(approving, size);
                touched = Arrays.copyOf(touched, size);
                movedIn = Arrays.copyOf(movedIn, size);
                movedTo = Arrays.copyOf(movedTo, size);
            }
            money[classes] = held;
            return classes++;
        }

        private static int decided(double a, double b) {
            if (Math.abs(a - b) <= CLOSE * Math.max(Math.abs(a), Math.abs(b))) {
                throw TooClose.INSTANCE;
            }
            return Double.compare(a, b);
        }
    }
}
