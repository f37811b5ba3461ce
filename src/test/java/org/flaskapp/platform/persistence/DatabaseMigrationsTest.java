package org.flaskapp.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
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
    void newDatabaseGetsExactlyTheTutorialsSampleDataAndTheAboutText() throws SQLException {
        EmbeddedDataSource db = newDatabase();

        DatabaseMigrations.migrate(db, true);

        List<String> expectedPosts = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            expectedPosts.add(n + "|Post #" + n + "|Content #" + n);
        }
        assertEquals(expectedPosts, rows(db, "SELECT id, title, content FROM post ORDER BY id"));
        assertTrue(rows(db, "SELECT content FROM site_text WHERE name = 'about'").get(0)
                .startsWith("FlaskApp is the Jakarta EE version"));
        assertEquals(List.of("Why is the sky blue?|Because... Why not?",
                        "What is love?|A portal to the underworld."),
                rows(db, "SELECT q.content, a.content FROM question q JOIN answer a ON a.question_id = q.id ORDER BY q.id"));
    }

    /**
     * The checksums that Derby databases made before the PostgreSQL scripts existed recorded
     * (read from one such database). Flyway refuses to start on a database whose applied
     * scripts changed, so these scripts must stay as they are, byte for byte.
     */
    @Test
    void theDerbyScriptsKeepTheChecksumsThatExistingDatabasesRecorded() throws SQLException {
        EmbeddedDataSource db = newDatabase();

        DatabaseMigrations.migrate(db, true);

        assertEquals(List.of("1|-188878568", "3|1705075296", "4|-1713198986", "5|-735883733"),
                rows(db, "SELECT \"version\", \"checksum\" FROM \"flyway_schema_history\""
                        + " WHERE \"version\" IN ('1', '3', '4', '5') ORDER BY \"installed_rank\""));
    }

    @Test
    void migratingAgainKeepsTheDataAndAddsNothing() throws SQLException {
        EmbeddedDataSource db = newDatabase();
        DatabaseMigrations.migrate(db, true);
        execute(db, "INSERT INTO question (content, asked_at) VALUES ('Kept?', CURRENT_TIMESTAMP)");

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
    void everyAnswerMovesIntoTheAnswersTableAndTheOldColumnGoes() throws SQLException {
        EmbeddedDataSource db = newDatabase();
        migrateUpTo(db, "3");
        int questions = 100_000;
        try (Connection connection = db.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO question (content, answer) VALUES (?, ?)")) {
            connection.setAutoCommit(false);
            for (int n = 1; n <= questions; n++) {
                insert.setString(1, "Question " + n);
                // every tenth has no answer, every hundredth an empty one: neither is an answer
                insert.setString(2, n % 10 == 0 ? null : n % 100 == 1 ? "" : "Answer " + n + " " + "x".repeat(n % 50));
                insert.addBatch();
                if (n % 10_000 == 0) {
                    insert.executeBatch();
                }
            }
            connection.commit();
        }
        List<String> before = rows(db, "SELECT COUNT(*), SUM(LENGTH(answer)) FROM question WHERE LENGTH(answer) > 0 AND id > 2");

        long started = System.nanoTime();
        DatabaseMigrations.migrate(db, true);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("V4 moved the answers of %,d questions (plus the 2 samples) in %,d ms%n", questions, millis);

        assertEquals(before, rows(db, "SELECT COUNT(*), SUM(LENGTH(content)) FROM answer WHERE question_id > 2"),
                "as many answers, as many characters");
        assertEquals(List.of("0"), rows(db, "SELECT COUNT(*) FROM answer a JOIN question q ON a.question_id = q.id"
                + " WHERE CAST(a.content AS VARCHAR(100)) NOT LIKE 'Answer ' || SUBSTR(q.content, 10) || ' %'"
                + " AND q.id > 2"), "each answer belongs to its own question");
        assertEquals(List.of("0"), rows(db, "SELECT COUNT(*) FROM sys.syscolumns c JOIN sys.systables t"
                + " ON c.referenceid = t.tableid WHERE t.tablename = 'QUESTION' AND c.columnname = 'ANSWER'"));
    }

    private static void migrateUpTo(EmbeddedDataSource db, String version) {
        Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(db)
                .locations(DatabaseMigrations.locationsFor(db))
                .javaMigrations(new SampleData(true))
                .target(version)
                .load()
                .migrate();
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

        assertEquals(List.of("ANSWER_NEWEST_FIRST", "CONTACT_MESSAGE_NEWEST_FIRST", "POST_CATEGORY_NEWEST_FIRST",
                "POST_NEWEST_FIRST", "POST_TAG_NEWEST_FIRST", "QUESTION_NEWEST_FIRST", "QUESTION_VISIBLE_NEWEST_FIRST"), rows(db,
                "SELECT c.conglomeratename FROM sys.sysconglomerates c"
                        + " WHERE c.conglomeratename LIKE '%NEWEST_FIRST' ORDER BY 1"));
    }

    @Test
    void aDeepPageOfTheNewestPostsReadsOnlyItsRowsThroughTheIndex() throws SQLException {
        EmbeddedDataSource db = newDatabase();
        DatabaseMigrations.migrate(db, true);
        for (int doubling = 0; doubling < 11; doubling++) { // 10 posts -> 20,480
            execute(db, "INSERT INTO post (title, content, category_id, published_at)"
                    + " SELECT title, content, category_id, published_at FROM post");
        }

        // how PostService asks for the page after post 10,000 (OrderedPosts, EclipseLink's SQL for Derby)
        String plan = planOf(db, "SELECT id, title, content FROM post WHERE (id < 10000) ORDER BY id DESC"
                + " OFFSET 0 ROWS FETCH NEXT 11 ROWS ONLY");

        assertTrue(plan.contains("Index Scan ResultSet for POST using index POST_NEWEST_FIRST"), plan);
        assertFalse(plan.contains("Sort ResultSet"), "no sort of the whole table:\n" + plan);
        assertTrue(plan.contains("Rows seen = 11"), "reads the page's rows and no row before them:\n" + plan);
    }

    @Test
    void theNewestVisibleQuestionsAreReadThroughTheIndexHoweverManyThereAre() throws SQLException {
        EmbeddedDataSource db = newDatabase();
        DatabaseMigrations.migrate(db, true);
        for (int doubling = 0; doubling < 14; doubling++) { // 2 questions -> 32,768
            execute(db, "INSERT INTO question (content, asked_at, hidden) SELECT content, asked_at, hidden FROM question");
        }

        // how QuestionService asks for a page of the questions that visitors may see, both ways
        String older = planOf(db, "SELECT id, asked_at, content FROM question WHERE ((hidden = false) AND (id < 20000))"
                + " ORDER BY id DESC OFFSET 0 ROWS FETCH NEXT 11 ROWS ONLY");
        String newer = planOf(db, "SELECT id, asked_at, content FROM question WHERE ((hidden = false) AND (id > 20000))"
                + " ORDER BY id OFFSET 0 ROWS FETCH NEXT 11 ROWS ONLY");

        for (String plan : List.of(older, newer)) {
            assertFalse(plan.contains("Sort ResultSet"), "no sort of the whole table:\n" + plan);
            assertTrue(plan.contains("Rows seen = 11"), "reads the page's rows and no row before them:\n" + plan);
        }
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
