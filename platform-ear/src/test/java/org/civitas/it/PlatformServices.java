package org.civitas.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real services around the server, started once for the whole integration-test run before Arquillian
 * starts WildFly: PostgreSQL 17 (port 55432), an SMTP server (GreenMail, port 3025) and a Kafka KRaft broker
 * (port 59092). The ports match arquillian.xml.
 */
public class PlatformServices implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    public static final int DB_PORT = 55432;
    public static final int SMTP_PORT = 3025;
    public static final int KAFKA_PORT = 59092;
    public static final String KAFKA = "127.0.0.1:" + KAFKA_PORT;
    public static final String BASE = "http://127.0.0.1:8080";

    private static boolean started;
    private static EmbeddedPostgres postgres;
    private static GreenMail mail;
    private static KafkaRaftServer kafka;
    private static Path kafkaDir;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (PlatformServices.class) {
            if (started) {
                return;
            }
            postgres = EmbeddedPostgres.builder().setPort(DB_PORT).start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE civitas ENCODING 'UTF8' TEMPLATE template0");
            }
            mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            kafkaDir = Files.createTempDirectory("civitas-kafka");
            formatKafka();
            startKafka();
            started = true;
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(PlatformServices.class.getName(), this);
        }
    }

    public static GreenMail mail() {
        return mail;
    }

    public static synchronized void stopKafka() {
        kafka.shutdown();
        kafka.awaitShutdown();
    }

    public static synchronized void startKafka() {
        kafka = new KafkaRaftServer(new KafkaConfig(kafkaProperties(), false), Time.SYSTEM);
        kafka.startup();
    }

    private static void formatKafka() throws Exception {
        new Formatter().setClusterId("civitas-it-cluster-01").setNodeId(1)
                .setDirectories(List.of(kafkaDir.toString()))
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setPrintStream(System.out)
                .run();
    }

    private static Properties kafkaProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + (KAFKA_PORT + 1));
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + KAFKA_PORT + ",CONTROLLER://127.0.0.1:" + (KAFKA_PORT + 1));
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + KAFKA_PORT);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", kafkaDir.toString());
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        return p;
    }

    @Override
    public void close() throws IOException {
        if (kafka != null) {
            stopKafka();
        }
        if (mail != null) {
            mail.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
