package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.civitas.it.Citizens.Citizen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Events leave through the outbox to a real KRaft broker. With the broker stopped, events keep being recorded
 * and in-process consumers keep working; once it is back every event reaches its topic, and nothing is
 * applied twice.
 */
@PlatformIT
class KafkaRelayIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.platformWithProbe();
    }

    @Test
    void everyEventReachesKafkaAcrossABrokerOutageWithItsOwnIdAndMailsGoOutOnce() {
        Citizen admin = Citizens.admin();
        long probe = Spaces.openSpaceWithProbe(admin, "kafka");
        Citizen author = Citizens.verified("auteur");

        List<String> before = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            before.add(author.api().post("/probe/" + probe + "/propose", "").json().getString("id"));
        }
        Map<String, List<String>> seen = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of("civitas.probe"));
            awaitKeys(consumer, seen, before, Duration.ofSeconds(60));

            PlatformServices.stopKafka();
            List<String> during = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    during.add(author.api().post("/probe/" + probe + "/propose", "").json().getString("id"));
                    String email = Citizens.email("panne");
                    emails.add(email);
                    assertEquals(202, Api.anonymous().post("/auth/register", """
                            {"email":"%s","password":"%s","pseudonym":"Panne %d","acceptTerms":true}"""
                            .formatted(email, Citizens.PASSWORD, System.nanoTime() % 100000)).status());
                }
                // In-process consumers do not wait for Kafka: the confirmation mails go out during the outage.
                for (String email : emails) {
                    Citizens.linkToken(email, "verify.xhtml");
                }
            } finally {
                PlatformServices.startKafka();
            }
            awaitKeys(consumer, seen, during, Duration.ofSeconds(90));
            for (String email : emails) {
                assertEquals(1, Citizens.mailsTo(email), "one confirmation mail, not one per relay attempt: " + email);
            }
        }
        // Delivery to Kafka is at least once: when an acknowledgement is lost in the outage, the relay sends the
        // event again. Every copy carries the event's own id, so a consumer de-duplicating on it applies it once.
        seen.forEach((key, ids) -> assertEquals(1, ids.stream().distinct().count(),
                "copies of one event carry one event id: " + key + ": " + ids));
        for (String note : before) {
            assertTrue(seen.containsKey("org.civitas.spi.ContributionPublished:" + note), "search event of " + note);
        }
    }

    @Test
    void mailEventsInKafkaAndTheOutboxCarryNeitherAddressNorToken() {
        String email = Citizens.email("secrets");
        assertEquals(202, Api.anonymous().post("/auth/register", """
                {"email":"%s","password":"%s","pseudonym":"Secrets %d","acceptTerms":true}"""
                .formatted(email, Citizens.PASSWORD, System.nanoTime() % 100000)).status());
        String verify = Citizens.linkToken(email, "/account/verify.xhtml");
        assertEquals(200, Api.anonymous().post("/auth/verify", "{\"token\":\"" + verify + "\"}").status(),
                "the mailed link works");
        int mails = Citizens.mailsTo(email);
        assertEquals(202, Api.anonymous().post("/auth/password-reset", "{\"email\":\"" + email + "\"}").status());
        while (Citizens.mailsTo(email) == mails) {
            Citizens.sleep(100);
        }
        String reset = Citizens.linkToken(email, "/account/reset.xhtml");
        assertEquals(204, Api.anonymous().post("/auth/password-reset/confirm", """
                {"token":"%s","password":"une phrase de passe toute neuve"}""".formatted(reset)).status(),
                "the mailed link works");
        // Every mail event has reached the broker once no MailQueued row waits in the outbox.
        assertEquals(0, Database.awaitZero("SELECT count(*) FROM core_outbox WHERE type = ? AND delivered_at IS NULL",
                "org.civitas.core.event.MailQueued"));

        List<String> records = new ArrayList<>();
        int mailEvents = 0;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of("civitas.core"));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            int quiet = 0;
            while (Instant.now().isBefore(deadline) && (mailEvents == 0 || quiet < 3)) {
                var batch = consumer.poll(Duration.ofMillis(1000));
                quiet = batch.isEmpty() ? quiet + 1 : 0;
                for (ConsumerRecord<String, String> r : batch) {
                    StringBuilder text = new StringBuilder().append(r.key()).append(' ').append(r.value());
                    r.headers().forEach(h -> text.append(' ').append(new String(h.value(), StandardCharsets.UTF_8)));
                    records.add(text.toString());
                    if (text.toString().contains("org.civitas.core.event.MailQueued")) {
                        mailEvents++;
                    }
                }
            }
        }
        assertTrue(mailEvents >= 2, "mail events reach civitas.core: " + mailEvents);
        for (String record : records) {
            assertFalse(record.contains(email), "an address in Kafka: " + record);
            assertFalse(record.contains(verify) || record.contains(reset), "a token in Kafka: " + record);
        }
        String outbox = Database.outboxPayloads();
        assertFalse(outbox.contains(email), "an address in core_outbox");
        assertFalse(outbox.contains(verify) || outbox.contains(reset), "a token in core_outbox");
    }

    private static void awaitKeys(KafkaConsumer<String, String> consumer, Map<String, List<String>> seen,
                                  List<String> keys, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!seen.keySet().containsAll(keys) && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                String eventId = new String(r.headers().lastHeader("civitas-event-id").value(), StandardCharsets.UTF_8);
                String type = new String(r.headers().lastHeader("civitas-event-type").value(), StandardCharsets.UTF_8);
                // The probe records two events per note (ProbeProposed, ContributionPublished): track each.
                String key = type.endsWith(".ProbeProposed") ? r.key() : type + ":" + r.key();
                seen.computeIfAbsent(key, k -> new ArrayList<>()).add(eventId);
            }
        }
        assertTrue(seen.keySet().containsAll(keys), "missing in Kafka: " + keys + " seen " + seen.keySet());
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformServices.KAFKA);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "kafka-relay-it-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }
}
