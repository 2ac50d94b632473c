package org.civitas.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The embedded default: PostgreSQL 17 from Maven Central with its data kept in {@code data/postgres}, then the
 * WildFly provisioned in {@code platform-ear/target/server} pointed at it. Ctrl-C stops the server, then the
 * database. Settings: CIVITAS_PORT (8080), CIVITAS_DB_PORT (54329), CIVITAS_DATA (./data), CIVITAS_ADMIN_PASSWORD;
 * {@code -Ddemo} fills a fresh database with the Paris demo.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("civitas.home", ".")).toAbsolutePath().normalize();
        Path server = home.resolve("platform-ear/target/server");
        if (!Files.isExecutable(server.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException("No provisioned server in " + server + ": build first (mvn package -Prun).");
        }
        Path data = Path.of(env("CIVITAS_DATA", home.resolve("data").toString())).toAbsolutePath();
        int httpPort = Integer.parseInt(env("CIVITAS_PORT", "8080"));
        int dbPort = Integer.parseInt(env("CIVITAS_DB_PORT", "54329"));
        Path pgData = data.resolve("postgres");
        Files.createDirectories(pgData);

        log("Starting PostgreSQL 17 (data in " + pgData + ", port " + dbPort + ")…");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData).setCleanDataDirectory(false).setPort(dbPort).start();
        createDatabase(postgres);

        List<String> command = new ArrayList<>(List.of(server.resolve("bin/standalone.sh").toString(),
                "-Djboss.http.port=" + httpPort, "-Djboss.server.log.dir=" + data.resolve("log"),
                "-Djboss.server.data.dir=" + data.resolve("wildfly")));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        env.put("CIVITAS_DB_URL", "jdbc:postgresql://127.0.0.1:" + dbPort + "/civitas");
        env.put("CIVITAS_DB_USER", "postgres");
        env.put("CIVITAS_DB_PASSWORD", "postgres");
        env.putIfAbsent("CIVITAS_PORTAL_URL", "http://localhost:" + httpPort);
        env.putIfAbsent("CIVITAS_MAIL_LOG_BODY", "true");
        // mvn package -Prun -Ddemo: the Paris demo, which the platform only puts in a fresh database.
        String demo = System.getProperty("demo");
        if (demo != null && !"false".equalsIgnoreCase(demo)) {
            env.put("CIVITAS_DEMO", "true");
        }
        Instant started = Instant.now();
        log("Starting WildFly with the platform…");
        Process wildfly = builder.start();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("Stopping WildFly…");
            wildfly.destroy();
            try {
                if (!wildfly.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    wildfly.destroyForcibly();
                }
                log("Stopping PostgreSQL…");
                postgres.close();
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
            log("Stopped.");
        }, "civitas-shutdown"));

        String portal = "http://localhost:" + httpPort + "/";
        if (waitForHealth("http://127.0.0.1:" + httpPort + "/api/v1/health", wildfly, Duration.ofMinutes(3))) {
            log("\n  Civitas is running: " + portal
                    + "\n  Started in " + Duration.between(started, Instant.now()).toMillis() / 1000.0 + " s."
                    + "\n  Administrator: admin@civitas.local — the password was printed above at the first start"
                    + "\n  (or is CIVITAS_ADMIN_PASSWORD if you set it). REST API: " + portal + "api/v1, OpenAPI: " + portal + "openapi"
                    + "\n  Ctrl-C stops the platform and its database; data stays in " + data + ".\n");
        } else {
            log("The platform did not answer in time; see the log above.");
        }
        int exit = wildfly.waitFor();
        log("WildFly exited with status " + exit);
    }

    private static void createDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'civitas'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE civitas ENCODING 'UTF8' TEMPLATE template0");
            log("Created database civitas.");
        }
    }

    private static boolean waitForHealth(String url, Process server, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && server.isAlive()) {
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding());
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

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void log(String line) {
        System.out.println("[civitas] " + line);
    }
}
