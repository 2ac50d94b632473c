package org.civitas.spi;

import java.time.Duration;

/**
 * Allowances against abuse (floods of comments, reports, mails), shared by every server node. A component
 * names its own allowance and the key it counts by, usually an account id.
 */
public interface RateLimits {

    /**
     * Takes one from allowance {@code name} for {@code key}: at most {@code capacity} per {@code period}, the
     * allowance renewed in full when the period ends. Once used up, refuses with {@link Refusal.Kind#TOO_MANY_ATTEMPTS} and
     * when to retry. An administrator may change the numbers with {@code civitas.limit.<name>=<count>/<minutes>}.
     */
    void take(String name, String key, int capacity, Duration period);
}
