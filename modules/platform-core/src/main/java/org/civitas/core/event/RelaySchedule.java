package org.civitas.core.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs the outbox relay every {@code civitas.outbox.poll-millis} on the server's managed scheduler. */
@ApplicationScoped
public class RelaySchedule {

    private static final Logger LOG = Logger.getLogger(RelaySchedule.class.getName());

    @Inject
    OutboxRelay relay;
    @Inject
    @ConfigProperty(name = "civitas.outbox.poll-millis", defaultValue = "500")
    long pollMillis;
    @Inject
    @ConfigProperty(name = "civitas.outbox.batch-size", defaultValue = "100")
    int batchSize;

    private ScheduledFuture<?> task;
    private Instant lastPurge = Instant.EPOCH;
    /** Held while a tick delivers: stopping waits for it, so no delivery outlives the deployment. */
    private final ReentrantLock delivering = new ReentrantLock();
    private volatile boolean stopping;

    public synchronized void start(ManagedScheduledExecutorService scheduler) {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::tick, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Stops the relay and waits for a delivery in progress to end, so that the consumers (the search index
     * among them) are not destroyed under it when the application is undeployed.
     */
    public void stop() {
        stopping = true;
        synchronized (this) {
            if (task != null) {
                task.cancel(false);
                task = null;
            }
        }
        try {
            if (delivering.tryLock(30, TimeUnit.SECONDS)) {
                delivering.unlock();
            } else {
                LOG.warning("The outbox relay was still delivering after 30 s; stopping anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tick() {
        if (stopping || !delivering.tryLock()) {
            return;
        }
        try {
            while (!stopping && relay.deliverDue() >= batchSize) {
                // a full batch: more may be due
            }
            if (Duration.between(lastPurge, Instant.now()).toHours() >= 1) {
                relay.purgeDelivered();
                lastPurge = Instant.now();
            }
        } catch (RuntimeException e) {
            // The database may be briefly unreachable; the next tick tries again.
            LOG.log(Level.WARNING, "Outbox relay tick failed: " + e, e);
        } finally {
            delivering.unlock();
        }
    }
}
