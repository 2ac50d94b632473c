package org.civitas.bench.budget;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A whole platform for one benchmark: PostgreSQL 17 (zonky) on port 55499 and a copy of
 * {@code platform-ear/target/server} with every port offset by 200 (HTTP 8280, management 10190, transactions
 * 4912), so that it runs beside the integration tests' server (8080) and the launcher. Everything lives in one
 * temporary folder, deleted at the end.
 */
final class Platform implements AutoCloseable {

    static final int PORT_OFFSET = 200;
    static final int HTTP_PORT = 8080 + PORT_OFFSET;
    static final int DB_PORT = 55499;
    static final String BASE = "http://127.0.0.1:" + HTTP_PORT;
    static final String ADMIN_EMAIL = "admin@civitas.local";

    /** Generated per run, handed to the server through its environment only (never a command line or a log). */
    final String adminPassword;
    final Path work;
    final Path mail;
    private final Path server;
    private final EmbeddedPostgres postgres;
    private Process wildfly;
    private int starts;

    private Platform(Path work, EmbeddedPostgres postgres, Path server) {
        this.work = work;
        this.postgres = postgres;
        this.server = server;
        this.mail = work.resolve("mail");
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        this.adminPassword = Base64.getUrlEncoder().encodeToString(secret);
    }

    /** Starts PostgreSQL and copies the provisioned server; the server itself starts with {@link #start()}. */
    static Platform create() throws IOException, SQLException, InterruptedException {
        Path home = Path.of(System.getProperty("civitas.home", ".")).toAbsolutePath().normalize();
        Path provisioned = home.resolve("platform-ear/target/server");
        if (!Files.isExecutable(provisioned.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException("No provisioned server in " + provisioned + ": mvn -o -q package -DskipTests first.");
        }
        Path work = Files.createTempDirectory("civitas-budget-bench");
        log("Work folder " + work);
        // Commits as in production: zonky starts PostgreSQL with fsync off (-F) and synchronous_commit off, which
        // would acknowledge a commit before its WAL is on disk and flatter every number.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(DB_PORT)
                .setDataDirectory(work.resolve("postgres")).setCleanDataDirectory(false)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "300").start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE civitas ENCODING 'UTF8' TEMPLATE template0");
            try (var rs = s.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
                rs.next();
                log("PostgreSQL 17: fsync " + rs.getString(1) + ", synchronous_commit " + rs.getString(2));
            }
        }
        Path server = work.resolve("server");
        // cp -a keeps the scripts' execute bits and is quicker than walking 300 MB from Java.
        if (new ProcessBuilder("cp", "-a", provisioned.toString(), server.toString()).inheritIO().start().waitFor() != 0) {
            throw new IOException("cannot copy " + provisioned);
        }
        return new Platform(work, postgres, server);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + DB_PORT + "/civitas";
    }

    Connection sql() throws SQLException {
        return postgres.getDatabase("postgres", "civitas").getConnection();
    }

    /** Starts WildFly on the database and waits for {@code /api/v1/health}. */
    void start() throws IOException, InterruptedException {
        starts++;
        Path log = work.resolve("server-" + starts + ".log");
        ProcessBuilder builder = new ProcessBuilder(server.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET,
                "-Djboss.server.data.dir=" + work.resolve("wildfly"),
                "-Djboss.server.log.dir=" + work.resolve("wildfly-log"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        env.put("JBOSS_JAVA_SIZING", System.getProperty("bench.server.heap", "-Xms512m -Xmx1g"));
        env.put("CIVITAS_DB_URL", jdbcUrl());
        env.put("CIVITAS_DB_USER", "postgres");
        env.put("CIVITAS_DB_PASSWORD", "postgres");
        env.put("CIVITAS_ADMIN_PASSWORD", adminPassword);
        env.put("CIVITAS_PORTAL_URL", BASE);
        env.put("CIVITAS_MAIL_FOLDER", mail.toString());
        // Thousands of voters sign up and log in from this one address: exempt it, as a town hall's terminals.
        env.put("CIVITAS_LIMIT_EXEMPT_ADDRESSES", "127.0.0.1");
        env.put("CIVITAS_ACCOUNT_LOGIN_MAX_PER_ADDRESS", "1000000");
        env.put("CIVITAS_OUTBOX_POLL_MILLIS", "200");
        String pool = System.getProperty("bench.db.pool");
        if (pool != null) {
            env.put("CIVITAS_DB_POOL", pool);
        }
        Instant begun = Instant.now();
        wildfly = builder.start();
        if (!waitForHealth(Duration.ofMinutes(4))) {
            throw new IllegalStateException("the server did not start; see " + log);
        }
        log("Server up in " + Duration.between(begun, Instant.now()).toMillis() / 1000.0 + " s (log " + log + ")");
    }

    /** The WildFly JVM itself: the java process standalone.sh started. */
    ProcessHandle serverJvm() {
        List<ProcessHandle> jvms = wildfly.toHandle().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).toList();
        if (jvms.size() != 1) {
            throw new IllegalStateException("expected one WildFly JVM under standalone.sh, found " + jvms);
        }
        return jvms.get(0);
    }

    /** SIGKILL to the WildFly JVM: no shutdown hook, no transaction finished, no buffer flushed. */
    void kill9() throws InterruptedException {
        ProcessHandle jvm = serverJvm();
        log("kill -9 " + jvm.pid());
        jvm.destroyForcibly();
        jvm.onExit().join();
        wildfly.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        if (wildfly != null && wildfly.isAlive()) {
            // standalone.sh passes SIGTERM on to the JVM when launched in the background.
            wildfly.destroy();
            if (!wildfly.waitFor(60, TimeUnit.SECONDS)) {
                serverJvm().destroyForcibly();
            }
        }
    }

    private boolean waitForHealth(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && wildfly.isAlive()) {
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        return false;
    }

    @Override
    public void close() throws Exception {
        stop();
        postgres.close();
        if (Boolean.getBoolean("bench.keep")) {
            log("Kept " + work);
            return;
        }
        try (Stream<Path> all = Files.walk(work)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static void log(String line) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + line);
    }
}
