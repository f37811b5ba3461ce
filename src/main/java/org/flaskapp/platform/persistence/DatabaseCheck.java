package org.flaskapp.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flaskapp.platform.operations.health.HealthCheck;

/** Readiness: a connection from the server's pool for {@value DatabaseMigrations#DATASOURCE} answers. */
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    private static final int ANSWER_SECONDS = 2;

    @Resource(lookup = DatabaseMigrations.DATASOURCE)
    DataSource dataSource;

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Optional<String> problem() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(ANSWER_SECONDS) ? Optional.empty()
                    : Optional.of("a connection did not answer within " + ANSWER_SECONDS + " s");
        } catch (SQLException e) {
            // The SQL state says what kind of failure (08...: no connection) without the message,
            // which may name hosts and users to a public probe.
            return Optional.of("cannot connect to the database (SQL state " + e.getSQLState() + ")");
        }
    }
}
