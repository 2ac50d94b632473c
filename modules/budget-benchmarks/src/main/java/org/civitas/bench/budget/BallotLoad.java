package org.civitas.bench.budget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One ballot per call, each in a slot (voter, budget, envelope) never used before: {@link #http} casts it
 * through the API as a voter's browser or app does; {@link #raw} inserts the same rows straight into PostgreSQL,
 * one transaction per ballot, as the ceiling the server works against. Run by {@link BallotThroughput}, which
 * writes the slots file ({@code bench.slots}) after setting the budgets up.
 */
public class BallotLoad {

    /** Raw voters are never real accounts, so their rows cannot collide with the API's (voter ids are not keys). */
    private static final long RAW_VOTERS = 1_000_000_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    record Slot(String token, long budget, String envelope, List<Long> projects, String district) {
        String body() {
            return "{\"envelope\":\"" + envelope + "\",\"projects\":" + projects + "}";
        }
    }

    @State(Scope.Benchmark)
    public static class Slots {
        List<Slot> slots;
        /** Where the API's and the raw inserts' next ballots start; each JMH fork (one per mode) goes on from the last. */
        final AtomicInteger http = new AtomicInteger();
        final AtomicInteger raw = new AtomicInteger();

        @Setup(Level.Trial)
        public void load() throws IOException {
            slots = Files.readAllLines(file()).stream().map(line -> {
                String[] f = line.split("\t");
                return new Slot(f[0], Long.parseLong(f[1]), f[2],
                        Arrays.stream(f[3].split(",")).map(Long::valueOf).toList(), f[4]);
            }).toList();
            if (Files.exists(cursor())) {
                String[] used = Files.readString(cursor()).strip().split(" ");
                http.set(Integer.parseInt(used[0]));
                raw.set(Integer.parseInt(used[1]));
            }
        }

        @TearDown(Level.Trial)
        public void save() throws IOException {
            Files.writeString(cursor(), http.get() + " " + raw.get());
        }

        private static Path file() {
            return Path.of(System.getProperty("bench.slots"));
        }

        private static Path cursor() {
            return Path.of(file() + ".used");
        }

        Slot take() {
            int i = http.getAndIncrement();
            if (i >= slots.size()) {
                throw new IllegalStateException("all " + slots.size() + " ballot slots used: prepare more voters or budgets");
            }
            return slots.get(i);
        }
    }

    /** Each client thread's own connection, as each server request holds one of the pool's. */
    @State(Scope.Thread)
    public static class Database {
        Connection connection;
        PreparedStatement ballot;
        PreparedStatement choice;
        PreparedStatement sequence;
        long nextId;
        long lastId;

        @Setup(Level.Trial)
        public void open() throws SQLException {
            connection = DriverManager.getConnection(System.getProperty("bench.jdbc"), "postgres", "postgres");
            connection.setAutoCommit(false);
            ballot = connection.prepareStatement("INSERT INTO budget_ballot (id, component_id, envelope, voter_id, receipt, "
                    + "cast_at, version, age_band, voter_district) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)");
            choice = connection.prepareStatement("INSERT INTO budget_choice (ballot_id, project_id) VALUES (?, ?)");
            sequence = connection.prepareStatement("SELECT nextval('budget_seq')");
        }

        /** Ids as EclipseLink takes them: one {@code nextval} for a block of 50 ending at the value. */
        long id() throws SQLException {
            if (nextId == lastId) {
                try (ResultSet rs = sequence.executeQuery()) {
                    rs.next();
                    lastId = rs.getLong(1);
                }
                nextId = lastId - 50;
            }
            return ++nextId;
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            connection.close();
        }
    }

    @Benchmark
    public int http(Slots slots) {
        Slot s = slots.take();
        Http.Reply r = Http.post(s.token(), "/budget/" + s.budget() + "/ballots", s.body());
        if (r.status() != 201) {
            throw new IllegalStateException("ballot refused: " + r.status() + " " + r.body());
        }
        return r.body().length();
    }

    @Benchmark
    public long raw(Slots slots, Database db) throws SQLException {
        int n = slots.raw.getAndIncrement();
        Slot s = slots.slots.get(n % slots.slots.size());
        long id = db.id();
        db.ballot.setLong(1, id);
        db.ballot.setLong(2, s.budget());
        db.ballot.setString(3, s.envelope());
        db.ballot.setLong(4, RAW_VOTERS + n);
        byte[] receipt = new byte[10];
        RANDOM.nextBytes(receipt);
        db.ballot.setString(5, HexFormat.of().withUpperCase().formatHex(receipt));
        db.ballot.setTimestamp(6, Timestamp.from(Instant.now()));
        db.ballot.setString(7, "unknown");
        db.ballot.setString(8, s.district());
        db.ballot.executeUpdate();
        for (long project : s.projects()) {
            db.choice.setLong(1, id);
            db.choice.setLong(2, project);
            db.choice.executeUpdate();
        }
        db.connection.commit();
        return id;
    }

    static void writeSlots(Path file, List<Slot> slots) throws IOException {
        Files.write(file, slots.stream().map(s -> s.token() + "\t" + s.budget() + "\t" + s.envelope() + "\t"
                + String.join(",", s.projects().stream().map(String::valueOf).toList()) + "\t" + s.district()).toList());
    }
}
