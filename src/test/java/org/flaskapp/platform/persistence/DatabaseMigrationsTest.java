package org.flaskapp.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real migrations against a real Derby database file, as the server runs them on deploy. */
class DatabaseMigrationsTest {

    @TempDir
    Path folder;

    private EmbeddedDataSource database;

    private EmbeddedDataSource newDatabase() {
        database = new EmbeddedDataSource();
        database.setDatabaseName(folder.resolve("flaskapp").toString());
        database.setCreateDatabase("create");
        return database;
    }

    @AfterEach
    void shutDownDatabase() {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(database.getDatabaseName());
        shutdown.setShutdownDatabase("shutdown");
        try (Connection ignored = shutdown.getConnection()) {
            // Derby reports a clean shutdown as an exception
        } catch (SQLException expected) {
            // 08006: database shut down
        }
    }

    @Test
    void newDatabaseGetsExactlyTheTutorialsSampleData() throws SQLException {
        EmbeddedDataSource db = newDatabase();

        DatabaseMigrations.migrate(db, true);

        List<String> expectedPosts = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            expectedPosts.add(n + "|Post #" + n + "|Content #" + n);
        }
        assertEquals(expectedPosts, rows(db, "SELECT id, title, content FROM post ORDER BY id"));
        assertEquals(List.of("Why is the sky blue?|Because... Why not?",
                        "What is love?|A portal to the underworld."),
                rows(db, "SELECT content, answer FROM question ORDER BY id"));
    }

    @Test
    void migratingAgainKeepsTheDataAndAddsNothing() throws SQLException {
        EmbeddedDataSource db = newDatabase();
        DatabaseMigrations.migrate(db, true);
        execute(db, "INSERT INTO question (content, answer) VALUES ('Kept?', 'Yes')");

        var second = DatabaseMigrations.migrate(db, true);

        assertEquals(0, second.migrationsExecuted);
        assertEquals(List.of("10"), rows(db, "SELECT COUNT(*) FROM post"));
        assertEquals(List.of("3"), rows(db, "SELECT COUNT(*) FROM question"));
    }

    @Test
    void postsThatExistedBeforeCategoriesAreInTheDefaultCategoryWithoutAuthor() throws SQLException {
        EmbeddedDataSource db = newDatabase();
        DatabaseMigrations.migrate(db, true);

        assertEquals(List.of("General|10|0"), rows(db, "SELECT c.name || '|' || CAST(COUNT(*) AS CHAR(5))"
                + " || '|' || CAST(SUM(CASE WHEN p.author IS NULL THEN 0 ELSE 1 END) AS CHAR(5))"
                + " FROM post p JOIN category c ON p.category_id = c.id GROUP BY c.name").stream()
                .map(row -> row.replace(" ", "")).toList());
    }

    @Test
    void sampleDataCanBeSwitchedOffAndStaysOffOnceTheDatabaseExists() throws SQLException {
        EmbeddedDataSource db = newDatabase();

        DatabaseMigrations.migrate(db, false);
        DatabaseMigrations.migrate(db, true);

        assertEquals(List.of("0"), rows(db, "SELECT COUNT(*) FROM post"));
        assertEquals(List.of("0"), rows(db, "SELECT COUNT(*) FROM question"));
    }

    @Test
    void everyNewestFirstListHasADescendingIndex() throws SQLException {
        EmbeddedDataSource db = newDatabase();
        DatabaseMigrations.migrate(db, true);

        assertEquals(List.of("POST_CATEGORY_NEWEST_FIRST", "POST_NEWEST_FIRST", "POST_TAG_NEWEST_FIRST",
                "QUESTION_NEWEST_FIRST"), rows(db,
                "SELECT c.conglomeratename FROM sys.sysconglomerates c"
                        + " WHERE c.conglomeratename LIKE '%NEWEST_FIRST' ORDER BY 1"));
    }

    @Test
    void aPageOfTheNewestPostsReadsOnlyItsRowsThroughTheIndex() throws SQLException {
        EmbeddedDataSource db = newDatabase();
        DatabaseMigrations.migrate(db, true);
        for (int doubling = 0; doubling < 11; doubling++) { // 10 posts -> 20,480
            execute(db, "INSERT INTO post (title, content, category_id, published_at)"
                    + " SELECT title, content, category_id, published_at FROM post");
        }

        String plan = planOf(db, "SELECT id, title, content FROM post ORDER BY id DESC"
                + " OFFSET 20 ROWS FETCH NEXT 11 ROWS ONLY"); // how EclipseLink asks for page 3

        assertTrue(plan.contains("Index Scan ResultSet for POST using index POST_NEWEST_FIRST"), plan);
        assertFalse(plan.contains("Sort ResultSet"), "no sort of the whole table:\n" + plan);
        assertTrue(plan.contains("Rows seen = 31"), "reads the skipped rows and the page, no more:\n" + plan);
    }

    /** Runs the query to its end and gives Derby's account of how it ran it. */
    private static String planOf(EmbeddedDataSource db, String query) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            try (ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    rows.getString(3); // every column, as the page reads them
                }
            }
            try (ResultSet statistics = statement.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                statistics.next();
                return statistics.getString(1);
            }
        }
    }

    private static void execute(EmbeddedDataSource db, String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static List<String> rows(EmbeddedDataSource db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(column > 1 ? "|" : "").append(result.getString(column));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
