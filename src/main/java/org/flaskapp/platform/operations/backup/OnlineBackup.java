package org.flaskapp.platform.operations.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flaskapp.platform.persistence.DatabaseMigrations;
import org.flaskapp.platform.persistence.ServerDataFolder;
import org.flaskapp.platform.persistence.SupportedDatabase;

/**
 * Copies the embedded Derby database while the site serves (Derby's online backup: reads and
 * writes go on; the copy holds every transaction committed before it began) into a new folder
 * under {@value #SETTING} (environment FLASKAPP_BACKUP_DIRECTORY; default {@code flaskapp-backups}
 * in the server's data folder). One backup at a time.
 */
@ApplicationScoped
public class OnlineBackup {

    public static final String SETTING = "flaskapp.backup.directory";
    private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("'flaskapp-'yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** A finished backup: the database's copy, ready to be put in place by the restore command. */
    public record Backup(Path database, Instant began, Duration took) {
    }

    /** Why there is no backup: the database is not Derby, or a backup is already running. */
    public static class NotPossible extends Exception {
        NotPossible(String message) {
            super(message);
        }
    }

    @Resource(lookup = DatabaseMigrations.DATASOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = SETTING)
    Optional<String> directory;

    private final ReentrantLock running = new ReentrantLock();

    public Backup run() throws NotPossible, SQLException, IOException {
        if (SupportedDatabase.of(dataSource) != SupportedDatabase.DERBY) {
            throw new NotPossible("The database is PostgreSQL: back it up with pg_dump (server-config/backup/backup.sh postgresql).");
        }
        if (!running.tryLock()) {
            throw new NotPossible("A backup is running: try again once it has finished.");
        }
        try {
            Instant began = Instant.now();
            Path folder = directory.filter(value -> !value.isBlank()).map(Path::of)
                    .orElseGet(() -> ServerDataFolder.of("flaskapp-backups"))
                    .resolve(FOLDER_NAME.format(began));
            Files.createDirectories(folder);
            try (Connection connection = dataSource.getConnection();
                 CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, folder.toString());
                backup.execute();
            }
            return new Backup(databaseIn(folder), began, Duration.between(began, Instant.now()));
        } finally {
            running.unlock();
        }
    }

    /** Derby writes the copy into a folder named as the database, inside the folder it is given. */
    private static Path databaseIn(Path folder) throws IOException {
        try (Stream<Path> inside = Files.list(folder)) {
            return inside.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IOException("Derby wrote no database folder into " + folder));
        }
    }
}
