package org.flaskapp.platform.operations.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flaskapp.testing.Deployments;
import org.flaskapp.testing.SiteClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup command, as docs/operations.md gives it, on the leg's database: visitors ask
 * questions while the site is backed up; the backup, restored into an empty place with the
 * restore command, holds every question whose asking was acknowledged before the backup began.
 */
@ExtendWith(ArquillianExtension.class)
class BackupIT {

    private static final String SCRIPT = "server-config/backup/backup.sh";
    private static final int WRITERS = 2;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @TempDir
    Path temporary;

    private static boolean onPostgresql() {
        return System.getProperty("test.pg.data") != null;
    }

    @Test
    void aBackupTakenUnderLoadHoldsEveryWriteAcknowledgedBeforeItBegan() throws Exception {
        String run = "backup-test " + System.nanoTime();
        List<String> acknowledgedBefore = new ArrayList<>();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int number = writer;
            done.add(writers.submit(() -> {
                SiteClient visitor = new SiteClient(base);
                for (int question = 0; writing.get(); question++) {
                    String text = run + " writer " + number + " question " + question;
                    if (visitor.ask(text, "").status() == 302) {
                        acknowledged.add(text);
                    }
                }
                return null;
            }));
        }
        try {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (acknowledged.size() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            acknowledgedBefore.addAll(acknowledged); // each of these was answered before the backup began
            Path restored = onPostgresql() ? backUpAndRestorePostgresql() : backUpAndRestoreDerby();
            Thread.sleep(500);
            writing.set(false);
            for (Future<?> writer : done) {
                writer.get();
            }

            Set<String> found = onPostgresql() ? questionsInPostgresql(run) : questionsInDerby(restored, run);
            assertTrue(acknowledgedBefore.size() >= 10, "writes went on: " + acknowledgedBefore.size());
            List<String> missing = acknowledgedBefore.stream().filter(text -> !found.contains(text)).toList();
            assertEquals(List.of(), missing, "acknowledged before the backup, missing from it");
        } finally {
            writing.set(false);
            writers.shutdownNow();
        }
    }

    private Path backUpAndRestoreDerby() throws Exception {
        String copy = run(Map.of("FLASKAPP_OPERATIONS_TOKEN", System.getProperty("test.operations.token")),
                SCRIPT, "derby", base.toString()).trim();
        assertTrue(Files.isRegularFile(Path.of(copy, "service.properties")), "a Derby database copy: " + copy);
        Path database = temporary.resolve("restored");
        run(Map.of(), SCRIPT, "derby-restore", copy, database.toString());
        return database;
    }

    private Path backUpAndRestorePostgresql() throws Exception {
        Path dump = temporary.resolve("flaskapp.dump");
        Map<String, String> database = Map.of("PGHOST", "127.0.0.1", "PGPORT", System.getProperty("test.pg.port"));
        run(database, SCRIPT, "postgresql", dump.toString());
        run(Map.of("PG_DATA", System.getProperty("test.pg.data"), "PG_PORT", System.getProperty("test.pg.port")),
                "server-config/postgresql/postgres.sh", "createdb", "flaskapp_restored");
        run(Map.of("PGHOST", "127.0.0.1", "PGPORT", System.getProperty("test.pg.port"), "PGDATABASE", "flaskapp_restored"),
                SCRIPT, "postgresql-restore", dump.toString());
        return dump;
    }

    private static Set<String> questionsInDerby(Path database, String run) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + database);
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT content FROM question WHERE content LIKE '" + run + "%'")) {
            Set<String> found = new HashSet<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true");
            } catch (SQLException shutDown) {
                // Derby reports a database's shut-down as an exception
            }
        }
    }

    private static Set<String> questionsInPostgresql(String run) throws Exception {
        String rows = run(Map.of("PGHOST", "127.0.0.1", "PGPORT", System.getProperty("test.pg.port"), "PGUSER", "flaskapp",
                "PGPASSWORD", "flaskapp", "PGDATABASE", "flaskapp_restored"),
                "psql", "-At", "-c", "SELECT content FROM question WHERE content LIKE '" + run + "%'");
        return new HashSet<>(rows.lines().toList());
    }

    /** Runs a command from the checkout; its standard output, after it succeeded. */
    private static String run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        process.environment().putAll(environment);
        Process started = process.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, started.waitFor(), String.join(" ", command) + ": " + output);
        return output;
    }
}
