package org.civitas.bench.budget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.civitas.bench.budget.BallotLoad.Slot;
import org.civitas.bench.budget.Setup.Voter;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Ballots per second through HTTP with 200 concurrent clients, against raw PostgreSQL inserts of the same rows
 * in the same run and the same database (JMH, {@link BallotLoad}). Each voter votes once per envelope, so the
 * setup prepares voters × budgets × 2 (district and city) fresh ballots. Arguments: voters (500), budgets (150),
 * districts the voters live in (4). System properties: {@code bench.threads} (200), {@code bench.warmups} (6),
 * {@code bench.iterations} (3), {@code bench.seconds} (10) per iteration.
 */
public final class BallotThroughput {

    private BallotThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int voterCount = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int budgetCount = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        int districts = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int threads = Integer.getInteger("bench.threads", 200);
        try (Platform platform = Platform.create()) {
            platform.start();
            Setup setup = new Setup(platform);
            List<Long> budgets = setup.budgets(budgetCount, "{\"max_picks\":\"3\"}");
            List<Voter> voters = setup.voters(voterCount, 8, districts);
            Map<Long, Map<String, List<Long>>> papers = setup.ballotPapers(budgets, Setup.envelopesOf(voters), 2,
                    voters, true);
            List<Slot> slots = new ArrayList<>();
            for (long budget : budgets) {
                for (boolean city : new boolean[] {false, true}) {
                    for (Voter v : voters) {
                        String envelope = city ? "ville" : v.district();
                        slots.add(new Slot(v.token(), budget, envelope, List.copyOf(papers.get(budget).get(envelope)), v.district()));
                    }
                }
            }
            Path file = platform.work.resolve("slots.tsv");
            BallotLoad.writeSlots(file, slots);
            setup.awaitOutbox();
            Platform.log(slots.size() + " fresh ballots prepared; load average " + Files.readString(Path.of("/proc/loadavg")).strip());

            Options options = new OptionsBuilder()
                    .include(BallotLoad.class.getName() + "\\.(http|raw)$")
                    .threads(threads).forks(1)
                    .mode(Mode.Throughput).mode(Mode.SampleTime).timeUnit(TimeUnit.MILLISECONDS)
                    // A minute of warm-up: the server's JIT compiler competes with the load on 2 cores that long.
                    .warmupIterations(Integer.getInteger("bench.warmups", 6))
                    .measurementIterations(Integer.getInteger("bench.iterations", 3))
                    .warmupTime(TimeValue.seconds(Integer.getInteger("bench.seconds", 10)))
                    .measurementTime(TimeValue.seconds(Integer.getInteger("bench.seconds", 10)))
                    .jvmArgsAppend("-Xmx1g", "-Dbench.slots=" + file, "-Dbench.jdbc=" + platform.jdbcUrl())
                    .shouldFailOnError(true)
                    .build();
            Collection<RunResult> results = new Runner(options).run();
            report(results, threads);
            try (Connection c = platform.sql(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM budget_ballot WHERE voter_id < 1000000000), "
                         + "(SELECT count(*) FROM core_outbox WHERE delivered_at IS NULL)")) {
                rs.next();
                Platform.log("After the run: " + rs.getLong(1) + " ballots cast through the API; " + rs.getLong(2)
                        + " outbox events (receipt mails) still to deliver");
            }
        }
    }

    private static void report(Collection<RunResult> results, int threads) {
        Map<String, RunResult> byName = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            byName.put(name.substring(name.lastIndexOf('.') + 1) + "/" + r.getParams().getMode().shortLabel(), r);
        }
        double http = byName.get("http/thrpt").getPrimaryResult().getScore() * 1000;
        double raw = byName.get("raw/thrpt").getPrimaryResult().getScore() * 1000;
        StringBuilder out = new StringBuilder("\n== Ballots, " + threads + " concurrent clients ==\n");
        for (String kind : List.of("http", "raw")) {
            var stats = byName.get(kind + "/sample").getPrimaryResult().getStatistics();
            out.append(String.format("%-5s %8.1f ballots/s   p50 %7.1f ms   p90 %7.1f ms   p99 %7.1f ms   max %7.1f ms%n",
                    kind, kind.equals("http") ? http : raw, stats.getPercentile(50), stats.getPercentile(90),
                    stats.getPercentile(99), stats.getMax()));
        }
        double p99 = byName.get("http/sample").getPrimaryResult().getStatistics().getPercentile(99);
        out.append(String.format("HTTP/raw = %.2f (target >= 0.5: %s); HTTP p99 %.1f ms (target < 200 ms: %s)%n",
                http / raw, http / raw >= 0.5 ? "met" : "MISSED", p99, p99 < 200 ? "met" : "MISSED"));
        Platform.log(out.toString());
    }
}
