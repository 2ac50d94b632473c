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
 * the REST call (JMH sample mode, {@link ProjectPages}). One visitor alone first, for the time a page takes
 * without waiting behind others. Arguments: projects (2000). System properties: {@code bench.threads} (1,50),
 * {@code bench.warmups} (6), {@code bench.iterations} (3), {@code bench.seconds} (10).
 */
public final class ProjectListLoad {

    private ProjectListLoad() {
    }

    public static void main(String[] args) throws Exception {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        try (Platform platform = Platform.create()) {
            platform.start();
            Setup setup = new Setup(platform);
            long budget = setup.budgets(1, "{}").get(0);
            // Each author may file 20 projects an hour.
            List<Voter> authors = setup.voters((projects + 19) / 20, 8, 20);
            setup.fileProjects(budget, projects, authors);
            setup.awaitOutbox();
            Platform.log("Load average " + Files.readString(Path.of("/proc/loadavg")).strip());
            StringBuilder out = new StringBuilder();
            for (String visitors : System.getProperty("bench.threads", "1,50").split(",")) {
                int threads = Integer.parseInt(visitors.strip());
                Options options = new OptionsBuilder()
                        .include(ProjectPages.class.getName() + "\\.(portal|rest)$")
                        .threads(threads).forks(1)
                        .mode(Mode.SampleTime).timeUnit(TimeUnit.MILLISECONDS)
                        // A minute of warm-up: the server's JIT compiler competes with the load on 2 cores that long.
                        .warmupIterations(Integer.getInteger("bench.warmups", 6))
                        .measurementIterations(Integer.getInteger("bench.iterations", 3))
                        .warmupTime(TimeValue.seconds(Integer.getInteger("bench.seconds", 10)))
                        .measurementTime(TimeValue.seconds(Integer.getInteger("bench.seconds", 10)))
                        .jvmArgsAppend("-Xmx1g", "-Dbench.budget=" + budget)
                        .shouldFailOnError(true)
                        .build();
                Collection<RunResult> results = new Runner(options).run();
                out.append("\n== Project list, ").append(projects).append(" projects, first page of 50, ").append(threads)
                        .append(" concurrent visitors ==\n");
                for (RunResult r : results) {
                    String name = r.getParams().getBenchmark();
                    var stats = r.getPrimaryResult().getStatistics();
                    double p95 = stats.getPercentile(95);
                    // Closed loop, no pause between loads: loads/s is visitors / mean time (Little's law).
                    out.append(String.format("%-6s %6d samples   %6.1f loads/s   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   (p95 < 150 ms: %s)%n",
                            name.substring(name.lastIndexOf('.') + 1), stats.getN(), threads * 1000.0 / stats.getMean(),
                            stats.getPercentile(50), p95, stats.getPercentile(99), p95 < 150 ? "met" : "MISSED"));
                }
            }
            Platform.log(out.toString());
        }
    }
}
