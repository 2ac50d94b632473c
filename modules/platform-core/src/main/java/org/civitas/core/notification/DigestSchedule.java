package org.civitas.core.notification;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for digests due every {@code civitas.notification.digest-poll-seconds} (five minutes by default) on the
 * server's managed scheduler, started by {@code PlatformStartup} like the outbox relay. Each citizen's digest
 * is its own transaction, so one failure does not hold back the others.
 */
@ApplicationScoped
public class DigestSchedule {

    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());

    @Inject
    Digests digests;
    @Inject
    @ConfigProperty(name = "civitas.notification.digest-poll-seconds", defaultValue = "300")
    long pollSeconds;

    private ScheduledFuture<?> task;

    public synchronized void start(ManagedScheduledExecutorService scheduler) {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::sendDue, pollSeconds, pollSeconds, TimeUnit.SECONDS);
        }
    }

    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    private void sendDue() {
        try {
            for (long citizen : digests.waiting()) {
                try {
                    // Several periods may have ended (a server stopped for days): one digest per period.
                    while (digests.send(citizen, Instant.now())) {
                        // the next period's, if it has ended too
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Digest for citizen " + citizen + " failed: " + e);
                }
            }
        } catch (RuntimeException e) {
            // The database may be briefly unreachable; the next run tries again.
            LOG.log(Level.WARNING, "Digest run failed: " + e);
        }
    }
}
