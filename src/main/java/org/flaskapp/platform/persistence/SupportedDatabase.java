package org.flaskapp.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The databases that the schema migrations are written for. */
public enum SupportedDatabase {
    DERBY("derby"),
    POSTGRESQL("postgresql");

    private final String folder;

    SupportedDatabase(String folder) {
        this.folder = folder;
    }

    /** The folder under {@code db/} with this database's own migration scripts. */
    public String folder() {
        return folder;
    }

    /** The database behind {@code dataSource}, by the product name its driver reports. */
    public static SupportedDatabase of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return named(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }

    static SupportedDatabase named(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("derby")) {
            return DERBY;
        }
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("FlaskApp has no migrations for " + productName
                + "; supported: Apache Derby and PostgreSQL");
    }
}
