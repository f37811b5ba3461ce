package org.flaskapp.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The site that a scale-out script (server-config/payara/scale-out.sh or
 * server-config/wildfly/scale-out.sh) runs for these tests (pom.xml starts it): a load balancer
 * in front of instances 1 and 2, on PostgreSQL. The failsafe execution names the script, its
 * ports and its environment as system properties; the environment goes to the script again, so
 * that it kills and restarts the very same servers.
 */
final class ScaleOut {

    private static final String SCRIPT = System.getProperty("scaleout.script");
    private static final String DATABASE_SCRIPT = "server-config/postgresql/postgres.sh";

    private ScaleOut() {
    }

    static URL balancer() {
        return local(Integer.getInteger("scaleout.lb.port"));
    }

    static URL instance(int n) {
        return local(Integer.parseInt(System.getProperty("scaleout.instance.ports").split(",")[n - 1]));
    }

    /** Ends instance {@code n} at once (kill -9), as a crash would. */
    static void kill(int n) {
        run(SCRIPT, "kill", String.valueOf(n));
    }

    /** Starts instance {@code n} again; returns once it serves the site. */
    static void restart(int n) {
        run(SCRIPT, "restart", String.valueOf(n));
    }

    /** Makes the database and every connection to it stand still for {@code seconds}. */
    static void pauseDatabase(int seconds) {
        run(DATABASE_SCRIPT, "pause", String.valueOf(seconds));
    }

    private static URL local(int port) {
        try {
            return new URL("http://localhost:" + port + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(String... command) {
        List<String> line = new ArrayList<>(List.of("bash"));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
                .directory(Path.of("").toAbsolutePath().toFile());
        Map<String, String> environment = builder.environment();
        environment.put("PAYARA_HOME", System.getProperty("payara.home"));
        environment.put("WILDFLY_HOME", System.getProperty("wildfly.home"));
        for (String setting : System.getProperty("scaleout.env").trim().split("\\s+")) {
            String[] nameAndValue = setting.split("=", 2);
            environment.put(nameAndValue[0], nameAndValue[1]);
        }
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            System.out.print(output); // through the test's own output, which the build keeps
            assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
