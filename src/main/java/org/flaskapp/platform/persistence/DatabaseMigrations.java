package org.flaskapp.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application starts, before the first request:
 * the versioned scripts, then {@link SampleData}. A failed migration fails the deployment rather
 * than serving pages from a half-built schema.
 * <p>
 * Scripts that every supported database runs as written are in {@code db/common}; the few that
 * need a database's own words (Derby's {@code CLOB} and {@code ALTER COLUMN c NOT NULL} are
 * PostgreSQL's {@code TEXT} and {@code SET NOT NULL}) are in {@code db/derby} and
 * {@code db/postgresql}, under the same version and name, so both build the same schema. The Derby
 * scripts are never edited: Flyway checks each applied script's checksum on every start.
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

    /** Before anything else that starts with the application (the search feed reads the schema). */
    void migrateOnStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object applicationStarted) {
        PlatformMBeanServer.makeIfMissing();
        migrate(dataSource, sampleData);
    }

    /** Applies every pending migration to {@code dataSource}; does nothing when it is up to date. */
    public static MigrateResult migrate(DataSource dataSource, boolean loadSampleData) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locationsFor(dataSource))
                .javaMigrations(new SampleData(loadSampleData))
                .load()
                .migrate();
    }

    /** Where the scripts for the database behind {@code dataSource} are. */
    static String[] locationsFor(DataSource dataSource) {
        return new String[] {"classpath:db/common", "classpath:db/" + SupportedDatabase.of(dataSource).folder()};
    }
}
