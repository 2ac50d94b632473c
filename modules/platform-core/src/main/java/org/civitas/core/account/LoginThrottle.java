package org.civitas.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits login attempts per client address (sliding window), against password spraying across many
 * accounts, which the per-account lock-out does not see. Kept in memory on each server node: a node that
 * restarts forgets, which only ever lets people in sooner.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Beyond this many tracked addresses the oldest windows are dropped, so memory stays bounded. */
    static final int MAX_ADDRESSES = 50_000;

    @Inject
    @ConfigProperty(name = "civitas.account.login.max-per-address", defaultValue = "30")
    int maxAttempts;
    @Inject
    @ConfigProperty(name = "civitas.account.login.window-minutes", defaultValue = "10")
    int windowMinutes;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    /** Counts an attempt from {@code address}; false when the address has used up its attempts. */
    public boolean allow(String address, Instant now) {
        if (address == null) {
            return true;
        }
        if (attempts.size() > MAX_ADDRESSES) {
            Instant horizon = now.minus(Duration.ofMinutes(windowMinutes));
            attempts.values().removeIf(d -> { synchronized (d) { return d.isEmpty() || d.peekLast().isBefore(horizon); } });
        }
        Deque<Instant> window = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (window) {
            Instant horizon = now.minus(Duration.ofMinutes(windowMinutes));
            while (!window.isEmpty() && !window.peekFirst().isAfter(horizon)) {
                window.pollFirst();
            }
            if (window.size() >= maxAttempts) {
                return false;
            }
            window.addLast(now);
            return true;
        }
    }
}
