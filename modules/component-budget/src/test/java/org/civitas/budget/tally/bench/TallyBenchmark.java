package org.civitas.budget.tally.bench;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.civitas.budget.tally.Ballot;
import org.civitas.budget.tally.Election;
import org.civitas.budget.tally.EqualShares;
import org.civitas.budget.tally.Greedy;
import org.civitas.budget.tally.Outcome;
import org.civitas.budget.tally.Pabulib;
import org.civitas.budget.tally.Project;
import org.civitas.budget.tally.WinnerRule;

/**
 * Measures the tally, run on demand (see docs/benchmarks.md): 1,000,000 synthetic approval ballots over 20
 * district envelopes and one city-wide envelope, with greedy and with equal shares; then both rules on the largest
 * real election given as argument (Warszawa Mokotów). Times are the best of several runs after warm-up, and the
 * first, cold run.
 */
public final class TallyBenchmark {

    private static final int VOTERS = 1_000_000;
    private static final int DISTRICTS = 20;
    private static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        Random random = new Random(2026);
        List<Election> envelopes = new ArrayList<>();
        List<List<Ballot>> districtBallots = new ArrayList<>();
        for (int d = 0; d < DISTRICTS; d++) {
            districtBallots.add(new ArrayList<>());
        }
        List<Ballot> cityBallots = new ArrayList<>();
        List<Project> cityProjects = projects("city-", 60, random);
        List<List<Project>> districtProjects = new ArrayList<>();
        for (int d = 0; d < DISTRICTS; d++) {
            districtProjects.add(projects("d" + (d + 1) + "-", 40, random));
        }
        for (int voter = 0; voter < VOTERS; voter++) {
            int district = voter % DISTRICTS;
            districtBallots.get(district).add(ballot(districtProjects.get(district), 1 + random.nextInt(10), random));
            cityBallots.add(ballot(cityProjects, 1 + random.nextInt(5), random));
        }
        for (int d = 0; d < DISTRICTS; d++) {
            envelopes.add(election(new BigDecimal("2000000"), districtProjects.get(d), districtBallots.get(d)));
        }
        envelopes.add(election(new BigDecimal("10000000"), cityProjects, cityBallots));
        System.out.printf("Synthetic: %,d voters, %d district envelopes (40 projects) and 1 city envelope (60 projects)%n",
                VOTERS, DISTRICTS);
        measure("greedy, 21 envelopes", () -> tallyAll(new Greedy(), envelopes));
        measure("equal shares + add1, 21 envelopes", () -> tallyAll(new EqualShares(), envelopes));

        Path largest = Path.of(args[0]);
        measure("read " + largest.getFileName(), () -> read(largest));
        Election real = read(largest);
        System.out.printf("%s: %,d ballots, %d projects%n", largest.getFileName(), real.ballots().size(),
                real.projects().size());
        measure("greedy, " + largest.getFileName(), () -> new Greedy().outcome(real));
        measure("equal shares + add1, " + largest.getFileName(), () -> new EqualShares().outcome(real));
    }

    private static List<Project> projects(String prefix, int count, Random random) {
        List<Project> projects = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            BigDecimal cost = BigDecimal.valueOf(10_000 + random.nextInt(490) * 1_000L);
            projects.add(new Project(prefix + i, cost, null, "Project " + i, "", "", null, false));
        }
        return projects;
    }

    /** Approvals drawn with popularity falling with the project's rank, as in real elections. */
    private static Ballot ballot(List<Project> projects, int picks, Random random) {
        Set<String> approved = new LinkedHashSet<>();
        while (approved.size() < picks) {
            int rank = (int) (projects.size() * Math.pow(random.nextDouble(), 2));
            approved.add(projects.get(rank).id());
        }
        return new Ballot(List.copyOf(approved));
    }

    private static Election election(BigDecimal budget, List<Project> projects, List<Ballot> ballots) {
        return new Election(Map.of("vote_type", "approval"), budget, "", null, null, projects, ballots);
    }

    private static List<Outcome> tallyAll(WinnerRule rule, List<Election> envelopes) {
        return envelopes.stream().map(rule::outcome).toList();
    }

    private static Election read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Pabulib.read(reader);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void measure(String what, Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        double cold = (System.nanoTime() - start) / 1e6;
        double best = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            start = System.nanoTime();
            work.get();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        System.out.printf("%-50s first %8.0f ms, best of %d %8.0f ms%n", what, cold, RUNS, best);
    }
}
