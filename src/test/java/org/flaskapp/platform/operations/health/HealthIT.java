package org.flaskapp.platform.operations.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flaskapp.testing.Deployments;
import org.flaskapp.testing.SiteClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The probes answer the same on every server: each check named, UP or DOWN with its reason, 503
 * when down, and a check that hangs makes readiness DOWN within its time limit rather than holding
 * the probe.
 */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application().addClasses(SwitchableCheck.class, SwitchableCheckServlet.class);
    }

    @ArquillianResource
    private URL base;

    @AfterEach
    void checkUpAgain() {
        new SiteClient(base).get("switch-check-for-a-test?state=up");
    }

    private record Probe(int status, String overall, Map<String, String> checks, JsonObject json) {
    }

    private Probe probe(String path) {
        SiteClient.Response answer = new SiteClient(base).get(path);
        assertEquals("application/json;charset=utf-8", answer.header("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        assertEquals("no-store", answer.header("Cache-Control").orElseThrow());
        assertTrue(answer.setCookie().isEmpty(), "a probe gets no session");
        JsonObject json = Json.createReader(new StringReader(answer.body())).readObject();
        Map<String, String> checks = json.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check.getString("status")));
        return new Probe(answer.status(), json.getString("status"), checks, json);
    }

    @Test
    void aServerThatCanServeIsLiveStartedAndReady() {
        Probe live = probe("health/live");
        assertEquals(200, live.status());
        assertEquals(Map.of("server", "UP"), live.checks());
        Probe started = probe("health/started");
        assertEquals(200, started.status());
        assertEquals(Map.of("started", "UP"), started.checks());
        Probe ready = probe("health/ready");
        assertEquals(200, ready.status(), ready.json().toString());
        assertEquals("UP", ready.overall());
        assertEquals(Map.of("started", "UP", "database", "UP", "content-version", "UP", "search-index", "UP",
                SwitchableCheck.NAME, "UP"), ready.checks());
        Probe all = probe("health");
        assertEquals(200, all.status());
        assertEquals(List.of("content-version", "database", "search-index", "server", "started", SwitchableCheck.NAME),
                all.checks().keySet().stream().sorted().toList());
    }

    @Test
    void aCheckThatFailsMakesReadinessDownWithItsReasonAndLivenessStaysUp() {
        new SiteClient(base).get("switch-check-for-a-test?state=down");

        Probe ready = probe("health/ready");

        assertEquals(503, ready.status());
        assertEquals("DOWN", ready.overall());
        assertEquals("DOWN", ready.checks().get(SwitchableCheck.NAME));
        assertEquals("UP", ready.checks().get("database"), "the others still say what they found");
        JsonObject failed = ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals(SwitchableCheck.NAME)).findFirst().orElseThrow();
        assertEquals("made down by the test", failed.getJsonObject("data").getString("reason"));
        assertEquals(503, probe("health").status());
        assertEquals(200, probe("health/live").status(), "a restart would not help: it stays live");
        assertEquals(200, probe("health/started").status());
    }

    @Test
    void aCheckThatHangsIsDownWithinItsTimeLimitAndIsNotRunAgainUntilItAnswers() {
        new SiteClient(base).get("switch-check-for-a-test?state=hanging");

        long start = System.nanoTime();
        Probe first = probe("health/ready");
        Probe second = probe("health/ready");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(503, first.status());
        assertEquals(503, second.status());
        assertTrue(millis < 2 * (TimedChecks.LIMIT_SECONDS * 1000 + 1000), "two probes took " + millis + " ms");
        assertEquals("1", new SiteClient(base).get("switch-check-for-a-test").body(),
                "the second probe waited for the run the first one started");
        String reason = second.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals(SwitchableCheck.NAME)).findFirst().orElseThrow()
                .getJsonObject("data").getString("reason");
        assertEquals("no answer within " + TimedChecks.LIMIT_SECONDS + " s", reason);
        assertEquals("UP", second.checks().get("database"));
    }
}
