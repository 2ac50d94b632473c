package org.civitas.core.event;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes outbox rows to Kafka topics {@code civitas.<component>}, keyed by aggregate id, when
 * {@code kafka.bootstrap.servers} is set. Waits for the broker's acknowledgement so that a row is marked
 * delivered only once Kafka has it; an idempotent producer avoids duplicates on its own retries, and the
 * event id travels in a header for consumers that de-duplicate across relay retries.
 */
@ApplicationScoped
public class KafkaPublisher {

    @Inject
    @ConfigProperty(name = "kafka.bootstrap.servers")
    Optional<String> bootstrapServers;

    private KafkaProducer<String, String> producer;

    public boolean enabled() {
        return bootstrapServers.filter(s -> !s.isBlank()).isPresent();
    }

    public void publish(OutboxEntry entry) {
        if (!enabled()) {
            return;
        }
        ProducerRecord<String, String> record = new ProducerRecord<>("civitas." + entry.getComponent(),
                entry.getAggregateId(), entry.getPayload());
        record.headers().add("civitas-event-id", entry.getId().getBytes(StandardCharsets.UTF_8));
        record.headers().add("civitas-event-type", entry.getType().getBytes(StandardCharsets.UTF_8));
        record.headers().add("civitas-event-version",
                Integer.toString(entry.getVersion()).getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing to Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge: " + e.getMessage(), e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.orElseThrow());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "12000");
            props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            // Kafka loads its serializers through the context class loader; use the one that has them.
            Thread.currentThread().setContextClassLoader(KafkaProducer.class.getClassLoader());
            try {
                producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
