package org.civitas.core.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** An event waiting in the outbox, written in the transaction that raised it. */
@Entity
@Table(name = "core_outbox")
public class OutboxEntry {

    /** Retry delays grow 1 s, 2 s, 4 s… up to this. */
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    @Id
    private String id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    private String type;
    private int version;
    private String component;
    @Column(name = "aggregate_id")
    private String aggregateId;
    private String payload;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "last_error")
    private String lastError;

    protected OutboxEntry() {
    }

    public OutboxEntry(String type, int version, String component, String aggregateId, String payload, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.type = type;
        this.version = version;
        this.component = component;
        this.aggregateId = aggregateId;
        this.payload = payload;
        this.occurredAt = now;
        this.nextAttemptAt = now;
    }

    public void delivered(Instant now) {
        this.deliveredAt = now;
        this.lastError = null;
    }

    /** Schedules the next try with exponential back-off. */
    public void failed(String error, Instant now) {
        attempts++;
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plusSeconds(seconds);
        lastError = error == null ? "unknown" : error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    public String getId() { return id; }
    public String getType() { return type; }
    public int getVersion() { return version; }
    public String getComponent() { return component; }
    public String getAggregateId() { return aggregateId; }
    public String getPayload() { return payload; }
    public Instant getOccurredAt() { return occurredAt; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public String getLastError() { return lastError; }
}
