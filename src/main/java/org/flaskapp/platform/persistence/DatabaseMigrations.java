package org.flaskapp.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application starts, before the first request:
 * the versioned scripts in {@code db/migration}, then {@link SampleData}. A failed migration
 * fails the deployment rather than serving pages from a half-built schema.
 */
@ApplicationScoped
public class DatabaseMigrations {

    /** The server resource that holds the data; see server-config/ for how it is created. */
    public static final String DATASOURCE = "jdbc/flaskapp";

    /** MicroProfile Config key (environment: FLASKAPP_SAMPLE_DATA) that decides whether a new database gets the sample content. */
    public static final String SAMPLE_DATA_SETTING = "flaskapp.sample-data";

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = SAMPLE_DATA_SETTING, defaultValue = "true")
    private boolean sampleData;

    void migrateOnStartup(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        migrate(dataSource, sampleData);
    }

    /** Applies every pending migration to {@code dataSource}; does nothing when it is up to date. */
    public static MigrateResult migrate(DataSource dataSource, boolean loadSampleData) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new SampleData(loadSampleData))
                .load()
                .migrate();
    }
}
