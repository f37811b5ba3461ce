package org.flaskapp.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.jsoup.nodes.Document;
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
        SiteClient.Response rendered = site.get("posts/?sort=newest"); // the same view, first asked with this query
        SiteClient.Response sentAgain = site.get("posts/");

        assertEquals(Optional.empty(), rendered.header("ETag"), "rendered: the first request with this query");
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
        assertEquals(question, after.document().selectFirst(".questions-list .question h3").text());
        String now = site.get("questions/").header("ETag").orElseThrow();
        assertNotEquals(before, now);
    }

    @Test
    void aSignedInReaderIsNeverSentTheVisitorsKeptView() {
        site.get("questions/");
        String visitors = site.get("questions/").body();

        SiteClient.Response withSession = Accounts.signedInAuthor(base).get("questions/");

        assertEquals(200, withSession.status());
        assertEquals(Optional.empty(), withSession.header("ETag"));
        assertTrue(withSession.body().contains("Sign out"), withSession.body());
        assertTrue(!visitors.contains("Sign out"), visitors);
    }

    @Test
    void aSignedInReadersPagesAreKeptForTheirSessionAloneAndShowTheirWriteAtOnce() {
        SiteClient admin = Accounts.admin(base);
        String annsName = Accounts.newAuthor(admin);
        SiteClient ann = new SiteClient(base);
        ann.signIn(annsName, Accounts.AUTHOR_PASSWORD);
        SiteClient bob = Accounts.signedInAuthor(base);

        ann.get("posts/");
        long hitsBefore = keptViewHits();
        Document annsPage = ann.get("posts/").document();
        Document bobsPage = bob.get("posts/").document();
        Document adminsPage = admin.get("posts/").document();

        assertEquals(hitsBefore + 1, keptViewHits(), "Ann's second page came from memory; Bob's and the administrator's did not");
        assertEquals(annsName, annsPage.selectFirst(".signed-in-as strong").text());
        assertNotEquals(annsName, bobsPage.selectFirst(".signed-in-as strong").text());
        assertEquals("admin", adminsPage.selectFirst(".signed-in-as strong").text());
        List<String> tokens = List.of(tokenIn(annsPage), tokenIn(bobsPage), tokenIn(adminsPage));
        assertEquals(3, tokens.stream().distinct().count(), "each session's own token: " + tokens);

        String title = "Kept for no one else " + UUID.randomUUID();
        SiteClient.Response published = ann.submit(ann.get("posts/new/"), "post-form",
                java.util.Map.of("title", title, "content", "Seen at once.", "category", "general", "tags", ""), "save");
        assertEquals(302, published.status(), published.body());
        assertTrue(ann.get("posts/").body().contains(title), "the writer's next list shows the post");
        assertTrue(bob.get("posts/").body().contains(title), "and everyone else's");
    }

    private static String tokenIn(Document page) {
        return page.selectFirst("#sign-out-form input[name=session-token]").attr("value");
    }

    private long keptViewHits() {
        String metrics = site.get("admin/metrics", "Authorization", "Bearer " + System.getProperty("test.operations.token")).body();
        return metrics.lines().filter(line -> line.startsWith("flaskapp_kept_views_total{result=\"hit\"}"))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void aCookieThatNamesNoSessionGetsTheKeptView() {
        site.get("questions/");
        SiteClient.Response kept = site.get("questions/");

        SiteClient.Response withStaleCookie = site.get("questions/", "Cookie", "JSESSIONID=long-expired");

        assertEquals(kept.header("ETag"), withStaleCookie.header("ETag"));
        assertEquals(kept.body(), withStaleCookie.body());
        assertEquals(Optional.empty(), withStaleCookie.setCookie());
    }

    @Test
    void theKeptListShowsANewQuestionAtOnceAndItsOlderPageStaysPut() {
        for (int n = 1; n <= 10; n++) {
            site.ask("Filling the first page, " + n, "An answer"); // so that a second page exists
        }
        site.get("questions/"); // rendered and kept
        String olderPage = "questions/" + site.get("questions/").document().select("a[rel=next]").attr("href");
        List<String> olderBefore = questions(olderPage);

        String question = "Kept views forgotten? " + UUID.randomUUID();
        assertEquals(302, site.ask(question, "An answer").status());

        assertEquals(question, questions("questions/").get(0));
        assertEquals(olderBefore, questions(olderPage), "a page named by its position shows the same questions");
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
        return site.get(address).document().select(".questions-list .question h3").eachText();
    }
}
