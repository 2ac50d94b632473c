package org.civitas.bench.budget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civitas.bench.budget.Setup.Voter;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The project list of a budget holding 2,000 projects, loaded by 50 concurrent visitors: the portal page and
 * the REST call (JMH sample mode, {@link ProjectPages}). Arguments: projects (2000). System properties:
 * {@code bench.threads} (50), {@code bench.warmups} (2), {@code bench.iterations} (3), {@code bench.seconds} (10).
 */
public final class ProjectListLoad {

    private ProjectListLoad() {
    }

    public static void main(String[] args) throws Exception {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = Integer.getInteger("bench.threads", 50);
        try (Platform platform = Platform.create()) {
            platform.start();
            Setup setup = new Setup(platform);
            long budget = setup.budgets(1, "{}").get(0);
            // Each author may file 20 projects an hour.
            List<Voter> authors = setup.voters((projects + 19) / 20, 8, 20);
            setup.fileProjects(budget, projects, authors);
            setup.awaitOutbox();
            Platform.log("Load average " + Files.readString(Path.of("/proc/loadavg")).strip());
            Options options = new OptionsBuilder()
                    .include(ProjectPages.class.getName() + "\\.(portal|rest)$")
                    .threads(threads).forks(1)
                    .mode(Mode.SampleTime).timeUnit(TimeUnit.MILLISECONDS)
                    .warmupIterations(Integer.getInteger("bench.warmups", 2))
                    .measurementIterations(Integer.getInteger("bench.iterations", 3))
                    .warmupTime(TimeValue.seconds(Integer.getInteger("bench.seconds", 10)))
                    .measurementTime(TimeValue.seconds(Integer.getInteger("bench.seconds", 10)))
                    .jvmArgsAppend("-Xmx1g", "-Dbench.budget=" + budget)
                    .shouldFailOnError(true)
                    .build();
            Collection<RunResult> results = new Runner(options).run();
            StringBuilder out = new StringBuilder("\n== Project list, " + projects + " projects, first page of 50, "
                    + threads + " concurrent visitors ==\n");
            for (RunResult r : results) {
                String name = r.getParams().getBenchmark();
                var stats = r.getPrimaryResult().getStatistics();
                double p95 = stats.getPercentile(95);
                out.append(String.format("%-6s %6d samples   %6.1f loads/s   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   (p95 < 150 ms: %s)%n",
                        name.substring(name.lastIndexOf('.') + 1), stats.getN(),
                        threads * 1000.0 / stats.getMean(), stats.getPercentile(50), p95, stats.getPercentile(99),
                        p95 < 150 ? "met" : "MISSED"));
            }
            Platform.log(out.toString());
        }
    }
}
