package org.civitas.spi;

import java.time.Instant;
import java.util.UUID;

/** Envelope data of a delivered event. */
public record EventMetadata(UUID eventId, String type, int version, Instant occurredAt) {
}
