package org.civitas.core;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.core.account.Accounts;
import org.civitas.core.limit.SharedRateLimits;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes what has expired every {@code civitas.account.purge-seconds} (an hour by default) on the server's
 * managed scheduler: e-mail tokens, API tokens, pseudonym holds, accounts never confirmed, and rate-limit buckets
 * that have refilled. Several nodes may run
 * it: the deletes do not conflict.
 */
@ApplicationScoped
public class ExpiryPurge {

    private static final Logger LOG = Logger.getLogger(ExpiryPurge.class.getName());

    @Inject
    Accounts accounts;
    @Inject
    SharedRateLimits limits;
    @Inject
    @ConfigProperty(name = "civitas.account.purge-seconds", defaultValue = "3600")
    long periodSeconds;

    private ScheduledFuture<?> task;

    public synchronized void start(ManagedScheduledExecutorService scheduler) {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::purge, Math.min(periodSeconds, 60), periodSeconds,
                    TimeUnit.SECONDS);
        }
    }

    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    private void purge() {
        try {
            int tokens = accounts.purgeExpiredTokens();
            int unconfirmed = accounts.purgeUnconfirmedAccounts();
            int buckets = limits.purgeExpired();
            LOG.fine(() -> tokens + " expired tokens and holds, " + unconfirmed + " unconfirmed accounts and " + buckets
                    + " refilled rate-limit buckets purged");
        } catch (RuntimeException e) {
            // The database may be briefly unreachable; the next run tries again.
            LOG.log(Level.WARNING, "Purge of expired records failed: " + e);
        }
    }
}
