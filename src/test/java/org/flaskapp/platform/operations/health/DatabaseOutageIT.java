package org.flaskapp.platform.operations.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.Map;
import java.util.stream.Collectors;
import org.flaskapp.testing.Deployments;
import org.flaskapp.testing.SiteClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On the PostgreSQL leg (the only one whose database runs apart from the server): with the
 * database stopped, readiness says DOWN and names the database and the content version, liveness
 * stays UP, and once the database is back, readiness is UP again by itself.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

    /** How long the pool may take to make new connections after the database came back. */
    private static final int BACK_WITHIN_SECONDS = 30;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private static void postgres(String command) throws IOException, InterruptedException {
        ProcessBuilder script = new ProcessBuilder("bash", "server-config/postgresql/postgres.sh", command).inheritIO();
        script.environment().put("PG_DATA", System.getProperty("test.pg.data"));
        script.environment().put("PG_PORT", System.getProperty("test.pg.port"));
        assertEquals(0, script.start().waitFor(), "postgres.sh " + command);
    }

    private Map<String, String> readiness(int[] status) {
        SiteClient.Response answer = new SiteClient(base).get("health/ready");
        status[0] = answer.status();
        JsonObject json = Json.createReader(new StringReader(answer.body())).readObject();
        return json.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check.getString("status")));
    }

    @Test
    void readinessFollowsTheDatabaseDownAndUpAgain() throws Exception {
        assumeTrue(System.getProperty("test.pg.data") != null, "only where the database runs apart from the server");
        int[] status = new int[1];
        assertEquals("UP", readiness(status).get("database"));
        postgres("stop");
        try {
            Map<String, String> checks = readiness(status);

            assertEquals(503, status[0]);
            assertEquals("DOWN", checks.get("database"));
            assertEquals("DOWN", checks.get("content-version"));
            assertEquals(200, new SiteClient(base).get("health/live").status());
        } finally {
            postgres("start");
        }
        long deadline = System.nanoTime() + BACK_WITHIN_SECONDS * 1_000_000_000L;
        Map<String, String> checks = readiness(status);
        while (status[0] != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            checks = readiness(status);
        }
        assertEquals(200, status[0], checks.toString());
        assertTrue(checks.values().stream().allMatch("UP"::equals));
        assertEquals(200, new SiteClient(base).get("posts/").status(), "and the site serves");
    }
}
