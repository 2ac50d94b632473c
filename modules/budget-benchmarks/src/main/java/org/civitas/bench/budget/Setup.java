package org.civitas.bench.budget;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sets a budget up through the public API only, as a city would: the administrator's space and budgets,
 * citizens who sign up, confirm their address with the link of the mail the server writes to its mail folder
 * (no SMTP host), declare their district and log in; projects filed, studied favourably and selected.
 */
final class Setup {

    static final String PASSWORD = "une phrase de passe solide";
    private static final Pattern TO = Pattern.compile("(?m)^To: (.+?)\r?$");
    private static final Pattern TOKEN = Pattern.compile("verify\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    record Voter(long id, String email, String district, String token) {
    }

    private final Platform platform;
    private final String run = Long.toString(System.currentTimeMillis() % 100_000, 36);
    private final Map<String, String> verifyTokens = new ConcurrentHashMap<>();
    private final Set<Path> mailsRead = ConcurrentHashMap.newKeySet();
    final String admin;

    Setup(Platform platform) {
        this.platform = platform;
        this.admin = login(Platform.ADMIN_EMAIL, platform.adminPassword).token();
    }

    /** Paris's arrondissements, the territory's default districts: 75001 to 75020. */
    static String district(int i) {
        return "750" + String.format("%02d", i % 20 + 1);
    }

    /** A published space with one active phase holding {@code count} budgets with these settings; their ids. */
    List<Long> budgets(int count, String settings) {
        JsonNode space = Http.post(admin, "/spaces", """
                {"slug":"budget-bench-%s","title":"Budget participatif","description":"Proposez, votez.","startsOn":"2027-01-10"}"""
                .formatted(run)).expect(201).json();
        long spaceId = space.get("id").asLong();
        JsonNode phase = Http.post(admin, "/spaces/" + spaceId + "/phases", "{\"title\":\"Vote\"}").json();
        long phaseId = phase.get("phases").get(0).get("id").asLong();
        Http.post(admin, "/spaces/" + spaceId + "/phases/" + phaseId + "/activate", "").expect(200);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonNode all = Http.post(admin, "/spaces/" + spaceId + "/components", """
                    {"manifestId":"budget","title":"Budget %d","published":true,"settings":%s}""".formatted(i, settings))
                    .expect(201).json().get("components");
            ids.add(all.get(all.size() - 1).get("id").asLong());
        }
        Http.put(admin, "/spaces/" + spaceId + "/published", "{\"published\":true}").expect(200);
        return ids;
    }

    /** {@code count} residents spread over the first {@code districts} districts, signed up {@code threads} at a time. */
    List<Voter> voters(int count, int threads, int districts) throws Exception {
        Instant begun = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Voter>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                made.add(pool.submit(() -> voter(n, district(n % districts))));
            }
            List<Voter> voters = new ArrayList<>();
            for (Future<Voter> v : made) {
                voters.add(v.get());
            }
            Platform.log(count + " voters signed up, confirmed, placed and logged in, in "
                    + Duration.between(begun, Instant.now()).toSeconds() + " s");
            return voters;
        } finally {
            pool.shutdown();
        }
    }

    private Voter voter(int n, String district) throws InterruptedException {
        String email = "votant-" + run + "-" + n + "@exemple-ville.fr";
        String pseudonym = "votant" + run + n;
        Http.post(null, "/auth/register", """
                {"email":"%s","password":"%s","pseudonym":"%s","acceptTerms":true}""".formatted(email, PASSWORD, pseudonym))
                .expect(202);
        Http.post(null, "/auth/verify", "{\"token\":\"" + verifyToken(email) + "\"}").expect(200);
        Voter logged = login(email, PASSWORD);
        Http.put(logged.token(), "/me", "{\"pseudonym\":\"" + pseudonym + "\",\"district\":\"" + district + "\"}").expect(200);
        return new Voter(logged.id(), email, district, logged.token());
    }

    static Voter login(String email, String password) {
        JsonNode r = Http.post(null, "/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(email, password)).expect(200).json();
        return new Voter(r.get("citizenId").asLong(), email, null, r.get("token").asText());
    }

    /** The token of the confirmation link written for {@code email}, once the outbox relay has written it. */
    private String verifyToken(String email) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            String token = verifyTokens.get(email);
            if (token != null) {
                return token;
            }
            readMails();
            Thread.sleep(50);
        }
        throw new IllegalStateException("no confirmation mail for " + email + " in " + platform.mail);
    }

    private synchronized void readMails() {
        if (!Files.isDirectory(platform.mail)) {
            return;
        }
        try (Stream<Path> files = Files.list(platform.mail)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml") && !mailsRead.contains(f)).toList()) {
                String text = Files.readString(file);
                mailsRead.add(file);
                Matcher to = TO.matcher(text);
                Matcher token = TOKEN.matcher(text);
                if (to.find() && token.find()) {
                    verifyTokens.put(to.group(1).strip(), token.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Files {@code perEnvelope} projects in each envelope of each budget (authors take turns: 20 filings an hour
     * each), studies them favourably and selects them; returns project ids by budget, then envelope.
     */
    Map<Long, Map<String, List<Long>>> ballotPapers(List<Long> budgets, Set<String> envelopes, int perEnvelope,
                                                   List<Voter> authors, boolean select) throws Exception {
        Map<Long, Map<String, List<Long>>> papers = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            int filed = 0;
            for (long budget : budgets) {
                for (String envelope : envelopes) {
                    for (int k = 0; k < perEnvelope; k++) {
                        Voter author = authors.get(filed++ / 20);
                        int number = filed;
                        done.add(pool.submit(() -> {
                            long id = fileProject(author, budget, envelope, number);
                            if (select) {
                                Http.put(admin, "/budget/projects/" + id + "/study", """
                                        {"admissible":true,"feasible":true,"cityCost":45000,"opinion":"favourable","justification":"Utile et réalisable."}""")
                                        .expect(200);
                                Http.put(admin, "/budget/projects/" + id + "/selected", "{\"selected\":true}").expect(200);
                            }
                            papers.computeIfAbsent(budget, b -> new ConcurrentHashMap<>())
                                    .computeIfAbsent(envelope, e -> Collections.synchronizedList(new ArrayList<>())).add(id);
                            return null;
                        }));
                    }
                }
            }
            for (Future<?> f : done) {
                f.get();
            }
            return papers;
        } finally {
            pool.shutdown();
        }
    }

    /** Files {@code count} projects in one budget, over the 20 districts and the city, without selecting them. */
    void fileProjects(long budget, int count, List<Voter> authors) throws Exception {
        Instant begun = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> filed = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                filed.add(pool.submit(() -> fileProject(authors.get(n / 20), budget, n % 21 == 20 ? "ville" : district(n), n)));
            }
            for (Future<Long> f : filed) {
                f.get();
            }
            Platform.log(count + " projects filed in " + Duration.between(begun, Instant.now()).toSeconds() + " s");
        } finally {
            pool.shutdown();
        }
    }

    private static long fileProject(Voter author, long budget, String envelope, int n) {
        return Http.post(author.token(), "/budget/" + budget + "/projects", """
                {"title":"Projet %d : des arbres et des bancs","description":"Planter des arbres et poser des bancs, pour le quartier.",
                 "category":"Environnement","envelope":"%s","cost":%d}""".formatted(n, envelope, 10_000 + n % 50 * 1000))
                .expect(201).json().get("id").asLong();
    }

    static Set<String> envelopesOf(List<Voter> voters) {
        Set<String> envelopes = new HashSet<>(List.of("ville"));
        voters.forEach(v -> envelopes.add(v.district()));
        return envelopes;
    }

    /** Waits until the outbox relay has delivered everything (mails, search indexing), so a measure starts quiet. */
    void awaitOutbox() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        try (var c = platform.sql(); var s = c.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                try (var rs = s.executeQuery("SELECT count(*) FROM core_outbox WHERE delivered_at IS NULL")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the outbox did not drain");
    }
}
