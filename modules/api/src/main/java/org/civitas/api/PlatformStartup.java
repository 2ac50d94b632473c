package org.civitas.api;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.civitas.core.ExpiryPurge;
import org.civitas.core.SchemaMigrations;
import org.civitas.core.account.AccountAdministration;
import org.civitas.core.demo.DemoAccounts;
import org.civitas.core.demo.DemoPlatform;
import org.civitas.core.event.RelaySchedule;
import org.civitas.core.notification.DigestSchedule;
import org.civitas.search.Reindexer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At deployment: migrate the schema, make sure an administrator exists, start the outbox relay, the purge of what
 * has expired and the notification digests, and, when {@code civitas.demo} is set, fill a fresh database with the
 * Paris demo.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    SchemaMigrations migrations;
    @Inject
    AccountAdministration administration;
    @Inject
    RelaySchedule relay;
    @Inject
    ExpiryPurge expiryPurge;
    @Inject
    DigestSchedule digests;
    @Inject
    Reindexer reindexer;
    @Inject
    @ConfigProperty(name = "civitas.admin.email")
    String adminEmail;
    @Inject
    @ConfigProperty(name = "civitas.admin.password")
    Optional<String> adminPassword;
    @Inject
    DemoPlatform demo;
    @Inject
    @ConfigProperty(name = "civitas.demo", defaultValue = "false")
    boolean demoWanted;
    @Inject
    @ConfigProperty(name = "civitas.portal.url")
    String portalUrl;

    @PostConstruct
    void start() {
        migrations.migrate();
        administration.ensureFirstAdministrator(adminEmail, adminPassword.orElse(null)).ifPresent(generated -> LOG.warning(
                "\n=================================================================\n"
                        + " First administrator created (shown once, change it after login)\n"
                        + "   e-mail:   " + adminEmail + "\n"
                        + "   password: " + generated + "\n"
                        + "=================================================================\n"));
        relay.start(scheduler);
        expiryPurge.start(scheduler);
        digests.start(scheduler);
        reindexer.resumeIfInterrupted();
        if (demoWanted) {
            demo.fill(adminEmail).ifPresent(password -> LOG.warning(
                    "\n=================================================================\n"
                            + " Paris demo created. Its residents (shown once) log in with\n"
                            + "   e-mail:   camille.durand@" + DemoAccounts.DOMAIN + " (and karim.benali@, sophie.martin@…)\n"
                            + "   password: " + password + "\n"
                            + "=================================================================\n"));
        }
        LOG.info(() -> "Civitas is ready: " + portalUrl + "/");
    }

    @PreDestroy
    void stop() {
        relay.stop();
        expiryPurge.stop();
        digests.stop();
    }
}
