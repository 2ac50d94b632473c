package org.civitas.core.account;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes expired e-mail tokens and API tokens every {@code civitas.account.purge-seconds} (an hour by
 * default) on the server's managed scheduler. Several nodes may run it: the deletes do not conflict.
 */
@ApplicationScoped
public class TokenPurge {

    private static final Logger LOG = Logger.getLogger(TokenPurge.class.getName());

    @Inject
    Accounts accounts;
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
            int purged = accounts.purgeExpiredTokens();
            if (purged > 0) {
                LOG.fine(() -> purged + " expired tokens purged");
            }
        } catch (RuntimeException e) {
            // The database may be briefly unreachable; the next run tries again.
            LOG.log(Level.WARNING, "Token purge failed: " + e);
        }
    }
}
