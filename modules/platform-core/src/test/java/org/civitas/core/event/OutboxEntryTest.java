package org.civitas.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxEntryTest {

    @Test
    void retriesBackOffExponentiallyUpToFiveMinutes() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        OutboxEntry entry = new OutboxEntry("T", 1, "core", "1", "{}", now);
        long[] expected = {1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
        for (long seconds : expected) {
            entry.failed("broker down", now);
            assertEquals(now.plusSeconds(seconds), entry.getNextAttemptAt());
        }
        assertEquals(expected.length, entry.getAttempts());
        assertEquals("broker down", entry.getLastError());
    }
}
