package org.flaskapp.platform.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The tests' server and its logs (see the failsafe executions in pom.xml). */
final class ServerLog {

    private ServerLog() {
    }

    static boolean onWildfly() {
        return "wildfly".equals(System.getProperty("arquillian.launch"));
    }

    /** The folder of the server's logs. */
    static Path folder() {
        return onWildfly()
                ? Path.of(System.getProperty("wildfly.home"), System.getProperty("test.wildfly.server"), "log")
                : Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("test.domain"), "logs");
    }

    static Path file() {
        return folder().resolve("server.log");
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

    /**
     * What the server's log got since it was {@code size} bytes long (all of it when it was rotated
     * since: it is then shorter).
     */
    static String since(long size) throws IOException {
        byte[] log = Files.readAllBytes(file());
        int from = size <= log.length ? (int) size : 0;
        return new String(log, from, log.length - from, StandardCharsets.UTF_8);
    }
}
