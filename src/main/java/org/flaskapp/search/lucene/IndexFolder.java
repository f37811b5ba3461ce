package org.flaskapp.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.flaskapp.platform.persistence.ServerDataFolder;

/**
 * Where this server keeps its search index: {@value #SETTING} (environment
 * {@code FLASKAPP_SEARCH_DIRECTORY}) when set, else a folder {@code flaskapp-search} in the
 * server's own data (WildFly: the server folder's {@code data}; Payara: the domain's or instance's
 * folder), else in the temporary folder. Each server needs a folder of its own: the index is a
 * copy fed from the database, and nothing is lost when the folder is deleted (the server builds
 * it again).
 */
final class IndexFolder {

    static final String SETTING = "flaskapp.search.directory";

    private IndexFolder() {
    }

    static Path of(Optional<String> configured) {
        return configured.filter(value -> !value.isBlank()).map(Path::of).orElseGet(IndexFolder::serverData);
    }

    private static Path serverData() {
        return ServerDataFolder.of("flaskapp-search");
    }

    /** A new folder in the temporary folder, for when the usual one is held by another index. */
    static Path temporary() {
        try {
            return Files.createTempDirectory("flaskapp-search-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a temporary search index folder", e);
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // left for the operating system's cleaning of its temporary folder
        }
    }
}
