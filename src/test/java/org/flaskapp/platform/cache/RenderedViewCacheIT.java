package org.flaskapp.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Views sent from {@link RenderedViewCache} over real HTTP: the same as rendered, never out of
 * date after a change, and revalidated with entity tags. A view sent from memory is the one with
 * an {@code ETag}: a rendered one has none.
 */
class RenderedViewCacheIT extends DeployedSite {

    SiteClient site;

    @BeforeEach
    void newVisitor() {
        site = new SiteClient(base);
    }

    @Test
    void aViewSentFromMemoryIsTheSameAsTheRenderedOne() {
        site.get("posts/");
        SiteClient.Response rendered = site.get("posts/", "Cookie", "JSESSIONID=always-rendered");
        SiteClient.Response sentAgain = site.get("posts/");

        assertEquals(Optional.empty(), rendered.header("ETag"), "rendered for a visitor with a session");
        assertTrue(sentAgain.header("ETag").isPresent(), "sent from memory");
        assertEquals(200, sentAgain.status());
        assertEquals(rendered.body(), sentAgain.body());
        assertEquals("text/html;charset=UTF-8", sentAgain.header("Content-Type").orElseThrow().replace(" ", ""));
        assertEquals(String.valueOf(sentAgain.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                sentAgain.header("Content-Length").orElseThrow());
        assertEquals(Optional.empty(), sentAgain.setCookie(), "no cookie on a kept view");
    }

    @Test
    void aBrowserThatHasTheCurrentViewGets304() {
        site.get("posts/categories/");
        String etag = site.get("posts/categories/").header("ETag").orElseThrow();

        SiteClient.Response revalidated = site.get("posts/categories/", "If-None-Match", etag);

        assertEquals(304, revalidated.status());
        assertEquals("", revalidated.body());
        assertEquals(etag, revalidated.header("ETag").orElseThrow());
    }

    @Test
    void aBrowserWithAnOlderViewGetsTheNewOneAfterAWrite() {
        site.get("questions/");
        String before = site.get("questions/").header("ETag").orElseThrow();
        String question = "Revalidated? " + UUID.randomUUID();

        assertEquals(302, site.ask(question, "An answer").status());
        SiteClient.Response after = site.get("questions/", "If-None-Match", before);

        assertEquals(200, after.status());
        assertEquals(question, after.document().selectFirst(".questions-list .question h4").text());
        String now = site.get("questions/").header("ETag").orElseThrow();
        assertNotEquals(before, now);
    }

    @Test
    void aVisitorWithASessionIsNeverSentAKeptView() {
        site.get("questions/");
        site.get("questions/");

        SiteClient.Response withSession = site.get("questions/", "Cookie", "JSESSIONID=someone");

        assertEquals(200, withSession.status());
        assertEquals(Optional.empty(), withSession.header("ETag"));
    }

    @Test
    void everyKeptAddressOfTheListShowsANewQuestionAtOnce() {
        for (int n = 1; n <= 10; n++) {
            site.ask("Filling the first page, " + n, "An answer"); // so that a second page exists
        }
        List<String> addresses = List.of("questions/", "questions/?page=1", "questions/?page=2");
        addresses.forEach(site::get); // rendered and kept
        String firstPageLastBefore = questions("questions/").get(9);

        String question = "Kept views forgotten? " + UUID.randomUUID();
        assertEquals(302, site.ask(question, "An answer").status());

        assertEquals(question, questions("questions/").get(0));
        assertEquals(question, questions("questions/?page=1").get(0));
        assertEquals(firstPageLastBefore, questions("questions/?page=2").get(0), "page 2 moved on by one");
    }

    @Test
    void aRefusedSubmissionLeavesNoTraceOnTheNextVisit() {
        SiteClient.Response refused = site.ask("   ", "An answer");
        assertEquals(422, refused.status());
        assertTrue(refused.document().select(".field-error").hasText());

        SiteClient.Response next = site.get("questions/");

        assertEquals(200, next.status());
        assertTrue(next.document().select(".field-error").text().isEmpty(), "no message from someone else's try");
    }

    private List<String> questions(String address) {
        return site.get(address).document().select(".questions-list .question h4").eachText();
    }
}
