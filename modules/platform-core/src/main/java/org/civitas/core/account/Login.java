package org.civitas.core.account;

import java.time.Instant;
import org.civitas.spi.CitizenRef;

/** A successful login: the bearer token (shown once) and whom it stands for. */
public record Login(String token, Instant expiresAt, CitizenRef citizen) {
}
