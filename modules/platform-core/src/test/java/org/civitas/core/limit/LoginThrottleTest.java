package org.civitas.core.limit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** The same Bucket4j buckets as in PostgreSQL, kept in memory. */
    private static final class LocalRateLimits extends SharedRateLimits {
        final Map<String, Bucket> local = new HashMap<>();

        @Override
        Bucket bucket(String name, String key, int capacity, Duration period) {
            return local.computeIfAbsent(name + ":" + key, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build()).build());
        }
    }

    private LoginThrottle throttle(int max, String... exempt) {
        LoginThrottle throttle = new LoginThrottle();
        throttle.limits = new LocalRateLimits();
        throttle.addresses = new ClientAddress();
        throttle.addresses.exempt = Optional.of(List.of(exempt));
        throttle.maxFailures = max;
        throttle.windowMinutes = 10;
        return throttle;
    }

    @Test
    void successfulLoginsFromOneAddressNeverCount() {
        LoginThrottle throttle = throttle(3);
        for (int i = 0; i < 100; i++) {
            assertDoesNotThrow(() -> throttle.check("203.0.113.7"), "login " + i);
        }
    }

    @Test
    void failuresBeyondTheAllowanceAreRefusedWithWhenToRetry() {
        LoginThrottle throttle = throttle(3);
        for (int i = 0; i < 3; i++) {
            throttle.check("203.0.113.7");
            throttle.failed("203.0.113.7");
        }
        Refusal refused = assertThrows(Refusal.class, () -> throttle.check("203.0.113.7"));
        assertEquals(Refusal.Kind.TOO_MANY_ATTEMPTS, refused.kind());
        assertEquals("account.login.throttled", refused.code());
        assertTrue(refused.text().fr().contains("10 minute"), refused.text().fr());
        assertTrue(refused.retryAfter().orElseThrow().toMinutes() >= 9);
        assertDoesNotThrow(() -> throttle.check("198.51.100.1"), "other addresses are not affected");
        assertThrows(Refusal.class, () -> throttle.check("::ffff:203.0.113.7"), "one address however written");
    }

    @Test
    void exemptAndUnknownAddressesAreLeftToTheAccountLockOut() {
        LoginThrottle throttle = throttle(1, "192.0.2.10");
        throttle.failed("192.0.2.10");
        throttle.failed("192.0.2.10");
        assertDoesNotThrow(() -> throttle.check("192.0.2.10"));
        throttle.failed(null);
        assertDoesNotThrow(() -> throttle.check(null));
    }
}
