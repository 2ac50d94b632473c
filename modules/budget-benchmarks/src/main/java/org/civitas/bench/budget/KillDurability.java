package org.civitas.bench.budget;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.civitas.bench.budget.Setup.Voter;

/**
 * Acknowledged ballots survive a {@code kill -9} of WildFly. Voters each cast two ballots (their district and the
 * city) in one burst from many threads; when a share of the burst has been answered, the WildFly JVM gets
 * SIGKILL. The server is started again on the same database, and every ballot whose request was answered 2xx
 * must be there, with the receipt and the choices it was answered with. Exits 1 if one is missing.
 * Arguments: voters (400), client threads (64), share of the burst answered before the kill (0.4).
 */
public final class KillDurability {

    private record Attempt(Voter voter, String envelope, List<Long> projects) {
    }

    /** How one request ended: an HTTP status with its receipt, or the connection failed (status 0). */
    private record Outcome(Attempt attempt, int status, String receipt) {
    }

    private KillDurability() {
    }

    public static void main(String[] args) throws Exception {
        int voterCount = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        double killAt = args.length > 2 ? Double.parseDouble(args[2]) : 0.4;
        int lost;
        try (Platform platform = Platform.create()) {
            platform.start();
            Setup setup = new Setup(platform);
            long budget = setup.budgets(1, "{\"max_picks\":\"3\"}").get(0);
            List<Voter> voters = setup.voters(voterCount, 4, 20);
            Map<String, List<Long>> papers = setup.ballotPapers(List.of(budget), Setup.envelopesOf(voters), 3, voters, true)
                    .get(budget);
            setup.awaitOutbox();

            Random random = new Random(42);
            List<Attempt> attempts = new ArrayList<>();
            for (Voter v : voters) {
                for (String envelope : List.of(v.district(), "ville")) {
                    List<Long> paper = new ArrayList<>(papers.get(envelope));
                    Collections.shuffle(paper, random);
                    attempts.add(new Attempt(v, envelope, List.copyOf(paper.subList(0, 2))));
                }
            }
            Collections.shuffle(attempts, random);
            List<Outcome> outcomes = burst(platform, budget, attempts, threads, killAt);

            platform.start();
            lost = check(platform, budget, voters, outcomes);
        }
        System.exit(lost == 0 ? 0 : 1);
    }

    private static List<Outcome> burst(Platform platform, long budget, List<Attempt> attempts, int threads, double killAt)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger answered = new AtomicInteger();
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Attempt a : attempts) {
            futures.add(pool.submit(() -> {
                go.await();
                try {
                    Http.Reply r = Http.post(a.voter().token(), "/budget/" + budget + "/ballots",
                            "{\"envelope\":\"" + a.envelope() + "\",\"projects\":" + a.projects() + "}");
                    return new Outcome(a, r.status(), r.status() == 201 ? r.json().get("receipt").asText() : null);
                } catch (UncheckedIOException connectionLost) {
                    return new Outcome(a, 0, null);
                } finally {
                    answered.incrementAndGet();
                }
            }));
        }
        Platform.log("Burst: " + attempts.size() + " ballots from " + threads + " threads; kill -9 after "
                + Math.round(killAt * 100) + "% are answered");
        go.countDown();
        while (answered.get() < killAt * attempts.size()) {
            Thread.sleep(1);
        }
        int before = answered.get();
        platform.kill9();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        Platform.log(before + " requests answered when the kill was sent");
        return outcomes;
    }

    private static int check(Platform platform, long budget, List<Voter> voters, List<Outcome> outcomes) throws Exception {
        Map<String, JsonNode> recorded = new HashMap<>();
        for (Voter v : voters) {
            for (JsonNode ballot : Http.get(v.token(), "/budget/" + budget + "/ballots/mine").expect(200).json()) {
                recorded.put(v.id() + "/" + ballot.get("envelope").asText(), ballot);
            }
        }
        int acknowledged = 0;
        int found = 0;
        int unacknowledgedRecorded = 0;
        List<String> problems = new ArrayList<>();
        for (Outcome o : outcomes) {
            JsonNode ballot = recorded.get(o.attempt().voter().id() + "/" + o.attempt().envelope());
            if (o.status() / 100 == 2) {
                acknowledged++;
                if (ballot == null) {
                    problems.add("LOST: voter " + o.attempt().voter().id() + " " + o.attempt().envelope() + " receipt " + o.receipt());
                } else if (!ballot.get("receipt").asText().equals(o.receipt())
                        || !sameProjects(ballot.get("projects"), o.attempt().projects())) {
                    problems.add("DIFFERENT: voter " + o.attempt().voter().id() + " " + o.attempt().envelope() + ": " + ballot);
                } else {
                    found++;
                }
            } else if (ballot != null) {
                unacknowledgedRecorded++;
            }
        }
        Map<String, Long> statuses = outcomes.stream().collect(Collectors.groupingBy(
                o -> o.status() == 0 ? "connection error" : "HTTP " + o.status(), TreeMap::new, Collectors.counting()));
        long rows;
        long withoutChoices;
        try (Connection c = platform.sql(); Statement s = c.createStatement()) {
            rows = count(s, "SELECT count(*) FROM budget_ballot WHERE component_id = " + budget);
            withoutChoices = count(s, "SELECT count(*) FROM budget_ballot b WHERE component_id = " + budget
                    + " AND NOT EXISTS (SELECT 1 FROM budget_choice c WHERE c.ballot_id = b.id)");
        }
        problems.forEach(p -> Platform.log(p));
        if (withoutChoices > 0) {
            problems.add(withoutChoices + " ballots without their choices");
        }
        Platform.log("Requests: " + outcomes.size() + " " + statuses);
        Platform.log("Acknowledged (2xx): " + acknowledged + ", found after restart with the same receipt and choices: "
                + found + ", lost or different: " + (acknowledged - found));
        Platform.log("Recorded without an acknowledgement (committed, answer lost in the kill): " + unacknowledgedRecorded);
        Platform.log("SQL: " + rows + " ballot rows, " + withoutChoices + " without choices");
        Platform.log(problems.isEmpty() ? "PASS: no acknowledged ballot lost" : "FAIL: " + problems.size() + " problems");
        return problems.size();
    }

    private static boolean sameProjects(JsonNode recorded, List<Long> sent) {
        List<Long> ids = new ArrayList<>();
        recorded.forEach(n -> ids.add(n.asLong()));
        return ids.size() == sent.size() && ids.containsAll(sent);
    }

    private static long count(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
