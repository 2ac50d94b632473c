package org.civitas.core.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final Instant t0 = Instant.parse("2026-11-23T10:00:00Z");

    private LoginThrottle throttle(int max, int minutes) {
        LoginThrottle throttle = new LoginThrottle();
        throttle.maxAttempts = max;
        throttle.windowMinutes = minutes;
        return throttle;
    }

    @Test
    void anAddressGetsItsAttemptsPerWindowThenWaits() {
        LoginThrottle throttle = throttle(3, 10);
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.allow("203.0.113.7", t0.plusSeconds(i)));
        }
        assertFalse(throttle.allow("203.0.113.7", t0.plusSeconds(60)));
        assertTrue(throttle.allow("198.51.100.1", t0.plusSeconds(60)), "other addresses are not affected");
        assertTrue(throttle.allow("203.0.113.7", t0.plusSeconds(601)), "the window slides");
    }
}
