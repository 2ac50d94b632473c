package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                    assertEquals(201, Api.anonymous().post("/auth/register", """
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
