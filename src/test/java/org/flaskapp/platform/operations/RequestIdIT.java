package org.flaskapp.platform.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.flaskapp.testing.Deployments;
import org.flaskapp.testing.SiteClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every answer carries its request's id; a failure shows it as a reference and nothing else, and
 * the server's log holds the failure's whole story under it.
 */
@ExtendWith(ArquillianExtension.class)
class RequestIdIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application().addClass(FailingServlet.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    void everyAnswerCarriesAnIdOfItsOwn() {
        SiteClient visitor = new SiteClient(base);
        List<String> ids = List.of(visitor.get("").header(RequestIdFilter.HEADER).orElseThrow(),
                visitor.get("").header(RequestIdFilter.HEADER).orElseThrow(),
                visitor.get("no-such-page/").header(RequestIdFilter.HEADER).orElseThrow(),
                visitor.get("posts/feed.atom").header(RequestIdFilter.HEADER).orElseThrow());

        assertEquals(4, ids.stream().distinct().count(), ids.toString());
        ids.forEach(id -> assertTrue(id.matches("[0-9a-f]{16}"), id));
    }

    /** The access log of the server the tests run against (server-config/*: one file a day on Payara). */
    private static Path accessLog() throws IOException {
        if (ServerLog.onWildfly()) {
            return ServerLog.folder().resolve("access.log");
        }
        try (var files = Files.list(ServerLog.folder().resolve("access"))) {
            return files.filter(file -> file.getFileName().toString().startsWith("server_access_log"))
                    .max(Comparator.naturalOrder()).orElseThrow();
        }
    }

    @Test
    void theAccessLogHasOneLinePerRequestWithItsIdAndStatus() throws Exception {
        String path = "no-such-page-" + UUID.randomUUID() + "/";
        String id = new SiteClient(base).get(path).header(RequestIdFilter.HEADER).orElseThrow();

        List<String> lines = List.of();
        for (int tries = 0; tries < 50 && lines.isEmpty(); tries++) { // Payara writes it within a second
            Thread.sleep(100);
            lines = Files.readAllLines(accessLog(), StandardCharsets.UTF_8).stream().filter(line -> line.contains(id)).toList();
        }

        assertEquals(1, lines.size(), "one line for the request, with its id");
        assertTrue(lines.get(0).contains("GET /" + path + " HTTP/1.1") && lines.get(0).contains(" 404 "), lines.get(0));
        assertTrue(lines.get(0).replace("\"", "").trim().endsWith(id), "the id comes last: " + lines.get(0));
    }

    @Test
    void aFailureShowsItsReferenceAndNothingElseAndTheLogHasItsStoryUnderIt() throws Exception {
        String mark = UUID.randomUUID().toString();

        SiteClient.Response failed = new SiteClient(base).get("failing-for-a-test?mark=" + mark);

        assertEquals(500, failed.status());
        String id = failed.header(RequestIdFilter.HEADER).orElseThrow();
        assertEquals("Reference: " + id, failed.document().select(".reference").text().replaceAll(" \\(.*", ""));
        assertEquals("Something Went Wrong - FlaskApp", failed.document().title(), "the site's own 500 view");
        assertFalse(failed.body().contains(mark) || failed.body().contains("IllegalStateException"),
                "nothing of the failure itself on the page");
        assertTrue(failed.header("Content-Security-Policy").isPresent(), "the security headers too");
        String log = Files.readString(ServerLog.file(), StandardCharsets.UTF_8);
        int line = log.indexOf("Request " + id + " failed: GET ");
        assertTrue(line >= 0, "the log names the request by its id");
        int story = log.indexOf(FailingServlet.MESSAGE + " " + mark, line);
        assertTrue(story > line && story - line < 2_000, "its exception follows, under the id");
        assertEquals(log.indexOf(FailingServlet.MESSAGE + " " + mark), story, "and is logged once");
        assertNotEquals(id, new SiteClient(base).get("failing-for-a-test").header(RequestIdFilter.HEADER).orElseThrow());
    }
}
