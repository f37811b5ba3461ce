package org.flaskapp.platform.operations.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.Deployments;
import org.flaskapp.testing.SiteClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The metrics are for the people who run the site: administrators and a scraper with the token
 * read them in Prometheus' text format; visitors, authors and wrong tokens do not, and the
 * server's own public metrics and OpenAPI addresses are closed.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    private static final String METRICS = "admin/metrics";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private SiteClient.Response scrape() {
        return new SiteClient(base).get(METRICS, "Authorization", "Bearer " + System.getProperty("test.operations.token"));
    }

    @Test
    void aVisitorIsSentToSignInAndGetsNoFigureNorSession() {
        SiteClient.Response answer = new SiteClient(base).get(METRICS);

        assertEquals(302, answer.status());
        assertTrue(answer.locationPath().startsWith("/login/"), answer.locationPath());
        assertFalse(answer.body().contains("flaskapp_"));
        assertTrue(answer.setCookie().isEmpty());
    }

    @Test
    void aWrongTokenIsRefusedAsUnauthorized() {
        SiteClient.Response answer = new SiteClient(base).get(METRICS, "Authorization", "Bearer not-the-token-at-all");

        assertEquals(401, answer.status());
        assertTrue(answer.header("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
        assertFalse(answer.body().contains("flaskapp_"));
        assertTrue(answer.setCookie().isEmpty());
    }

    @Test
    void aScraperWithTheTokenReadsThemWithoutASession() {
        SiteClient.Response answer = scrape();

        assertEquals(200, answer.status());
        assertTrue(answer.body().contains("# TYPE flaskapp_requests_seconds histogram"), answer.body().lines().findFirst().orElse(""));
        assertTrue(answer.setCookie().isEmpty());
    }

    @Test
    void anAuthorIsRefused() {
        assertEquals(403, Accounts.signedInAuthor(base).get(METRICS).status());
    }

    @Test
    void theServersOwnPublicAddressesAreGone() {
        SiteClient visitor = new SiteClient(base);
        for (String address : new String[] {"metrics", "metrics/base"}) {
            SiteClient.Response answer = visitor.get(address);
            assertTrue(answer.status() == 404 || answer.status() == 403, address + ": " + answer.status());
            assertFalse(answer.body().contains("jvm"), address);
        }
        SiteClient.Response openApi = visitor.get("openapi");
        assertTrue(openApi.body().startsWith("openapi: \"3.0.3\"\ninfo:\n  title: \"FlaskApp API\""),
                "/openapi is the API's own document, not one the server made: " + openApi.body().lines().findFirst());
    }

    @Test
    void anAdministratorReadsThemInPrometheusFormat() {
        SiteClient.Response answer = Accounts.admin(base).get(METRICS);

        assertEquals(200, answer.status());
        assertTrue(answer.header("Content-Type").orElseThrow().startsWith("text/plain; version=0.0.4"));
        assertTrue(answer.body().contains("# TYPE jvm_memory_used_bytes gauge"), "JVM memory");
        assertTrue(answer.body().contains("jvm_gc_"), "garbage collection");
    }

    @Test
    void requestsAreCountedByViewAndStatusWithLatencyBuckets() {
        SiteClient visitor = new SiteClient(base);
        double before = count(scrape().body(), "flaskapp_requests_seconds_count", "status=\"200\",view=\"/posts/post.xhtml\"");
        visitor.get("posts/1/");
        visitor.get("posts/2/");
        visitor.get("no-such-page-" + System.nanoTime() + "/");
        String beforeApi = scrape().body();
        String fresh = "api/v1/posts/1?unkept=" + System.nanoTime(); // an address never asked before
        visitor.get(fresh);
        visitor.get(fresh);

        String metrics = scrape().body();
        String answered = "status=\"200\",view=\"api PostsResource.one\"";
        String sentKept = "status=\"200\",view=\"api (kept)\"";
        assertEquals(count(beforeApi, "flaskapp_requests_seconds_count", answered) + 1,
                count(metrics, "flaskapp_requests_seconds_count", answered), "an API request goes under its method");
        assertEquals(count(beforeApi, "flaskapp_requests_seconds_count", sentKept) + 1,
                count(metrics, "flaskapp_requests_seconds_count", sentKept), "the same read again is sent as kept");

        assertEquals(before + 2, count(metrics, "flaskapp_requests_seconds_count", "status=\"200\",view=\"/posts/post.xhtml\""));
        assertTrue(count(metrics, "flaskapp_requests_seconds_count", "status=\"404\",view=\"not-found\"") >= 1);
        assertTrue(metrics.contains("flaskapp_requests_seconds_bucket{status=\"200\",view=\"/posts/post.xhtml\",le=\"0.05\"}"),
                "a latency histogram");
    }

    @Test
    void keptViewsSignInFailuresAndContentVersionReadsAreCounted() {
        String before = scrape().body();
        SiteClient visitor = new SiteClient(base);
        visitor.get("posts/");
        visitor.get("posts/");
        visitor.signIn("no-such-account", "wrong password");

        String after = scrape().body();

        assertTrue(count(after, "flaskapp_kept_views_total", "result=\"hit\"") >= count(before, "flaskapp_kept_views_total", "result=\"hit\"") + 1,
                "the second /posts/ was sent from memory");
        assertEquals(count(before, "flaskapp_sign_ins_total", "result=\"failed\"") + 1, count(after, "flaskapp_sign_ins_total", "result=\"failed\""));
        assertTrue(count(after, "flaskapp_content_version_reads_total", "") > 0);
    }

    @Test
    void theWaitForDatabaseConnectionsAndTheConnectionsHeldAreMetered() {
        double waitsBefore = count(scrape().body(), "flaskapp_database_connection_wait_seconds_count", "");
        SiteClient visitor = new SiteClient(base);
        long unseen = System.nanoTime() % 1_000_000;
        for (int page = 0; page < 20; page++) {
            assertEquals(200, visitor.get("posts/?after=" + (unseen + page)).status()); // a list page never kept before: read from the database
        }

        String after = scrape().body();

        assertTrue(count(after, "flaskapp_database_connection_wait_seconds_count", "") >= waitsBefore + 20, "a connection per page");
        assertTrue(after.contains("flaskapp_database_connection_wait_seconds_bucket{le=\"0.005\"}"), "a wait histogram");
        assertTrue(after.contains("# TYPE flaskapp_database_connections_in_use gauge"));
        assertTrue(count(after, "flaskapp_database_connections_in_use", "") < 5, "every connection given back: " + after.lines()
                .filter(line -> line.startsWith("flaskapp_database_connections_in_use")).toList());
    }

    /** The value of {@code name} with exactly the labels {@code labels} (none: ""), 0 when absent. */
    static double count(String metrics, String name, String labels) {
        String series = labels.isEmpty() ? name : name + "{" + labels + "}";
        Matcher value = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
