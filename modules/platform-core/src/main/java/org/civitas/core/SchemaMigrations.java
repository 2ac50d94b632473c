package org.civitas.core;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.civitas.core.space.ComponentRegistry;
import org.civitas.spi.ParticipationComponent;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at start-up: core's migrations ({@code db/core}) then each component's
 * ({@code db/<manifest id>}), each module with its own history table, so modules version independently.
 */
@ApplicationScoped
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;
    @Inject
    ComponentRegistry registry;

    public void migrate() {
        migrate("core", SchemaMigrations.class.getClassLoader());
        for (ParticipationComponent component : registry.all()) {
            migrate(component.manifest().id(), component.getClass().getClassLoader());
        }
    }

    private void migrate(String module, ClassLoader loader) {
        var result = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/" + module)
                .table(module + "_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info(() -> "Schema of " + module + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                    + result.targetSchemaVersion);
        }
    }
}
