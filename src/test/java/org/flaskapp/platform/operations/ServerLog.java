package org.flaskapp.platform.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The tests' server's own log, for the evidence in a failure's message. */
final class ServerLog {

    private ServerLog() {
    }

    static Path file() {
        return "wildfly".equals(System.getProperty("arquillian.launch"))
                ? Path.of(System.getProperty("wildfly.home"), System.getProperty("test.wildfly.server"), "log", "server.log")
                : Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("test.domain"), "logs",
                        "server.log");
    }

    /** Every log record that names one of {@code requestIds}, with the 40 lines after it (its stack trace). */
    static String linesAbout(Collection<String> requestIds) {
        try {
            List<String> lines = Files.readAllLines(file());
            return Stream.iterate(0, index -> index < lines.size(), index -> index + 1)
                    .filter(index -> requestIds.stream().anyMatch(lines.get(index)::contains))
                    .map(index -> String.join("\n", lines.subList(index, Math.min(lines.size(), index + 40))))
                    .collect(Collectors.joining("\n---\n"));
        } catch (IOException unreadable) {
            return "(" + file() + " unreadable: " + unreadable + ")";
        }
    }
}
