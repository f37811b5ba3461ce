package org.flaskapp.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 2: the content that the tutorial adds by hand in the Flask shell. As a versioned
 * migration it runs exactly once per database, so a redeploy never adds it twice. When sample data
 * is switched off, the migration is still recorded but inserts nothing, so switching it on later
 * does not fill a database that is already in use.
 */
final class SampleData implements JavaMigration {

    static final int POST_COUNT = 10;
    static final String[][] QUESTIONS = {
            {"Why is the sky blue?", "Because... Why not?"},
            {"What is love?", "A portal to the underworld."},
    };

    private final boolean enabled;

    SampleData(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        if (!enabled) {
            return;
        }
        Connection connection = context.getConnection();
        try (PreparedStatement post = connection.prepareStatement(
                "INSERT INTO post (title, content) VALUES (?, ?)")) {
            for (int n = 1; n <= POST_COUNT; n++) {
                post.setString(1, "Post #" + n);
                post.setString(2, "Content #" + n);
                post.executeUpdate();
            }
        }
        try (PreparedStatement question = connection.prepareStatement(
                "INSERT INTO question (content, answer) VALUES (?, ?)")) {
            for (String[] pair : QUESTIONS) {
                question.setString(1, pair[0]);
                question.setString(2, pair[1]);
                question.executeUpdate();
            }
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        // The same either way: Flyway validates the description of applied migrations on every start.
        return "sample data";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
