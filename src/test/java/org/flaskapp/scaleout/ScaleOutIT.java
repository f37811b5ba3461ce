package org.flaskapp.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.SiteClient;
import org.flaskapp.testing.Tokens;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara instances behind nginx on one PostgreSQL (docs/scale-out.md), over real HTTP: every
 * server sends current content within a second of a write made on another, the writer sees their
 * write whichever server answers, and signed-in users' sessions live on every server. The crash
 * test is {@link InstanceCrashIT}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    /** No server sends content older than a write for longer than this after it committed. */
    static final long BOUND_MILLIS = 1_000;

    static final List<String> PAGES = List.of("", "posts/", "posts/1/", "posts/categories/", "posts/categories/general/",
            "questions/", "questions/1/", "about/", "contact/", "login/", "test/");

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @Order(1)
    void everyPageIsServedThroughTheBalancerAndByEachInstance() {
        for (URL site : List.of(ScaleOut.balancer(), ScaleOut.instance(1), ScaleOut.instance(2))) {
            SiteClient visitor = new SiteClient(site);
            for (String page : PAGES) {
                SiteClient.Response answer = visitor.get(page);
                assertEquals(200, answer.status(), site + page);
                assertEquals(java.util.Optional.empty(), answer.setCookie(), "no cookie for a visitor: " + site + page);
            }
        }
    }

    @Test
    @Order(2)
    void aQuestionAskedOnOneInstanceIsListedByTheOtherWithinTheBound() throws InterruptedException {
        SiteClient onTwo = new SiteClient(ScaleOut.instance(2));
        onTwo.get("questions/");
        onTwo.get("questions/"); // kept in instance 2's memory before the write
        String question = unique("Asked on one");

        assertEquals(302, new SiteClient(ScaleOut.instance(1)).ask(question, "").status());
        long committed = System.currentTimeMillis();

        long seen = whenTrue(() -> onTwo.get("questions/").body().contains(question));
        assertTrue(seen - committed <= BOUND_MILLIS, "instance 2 listed it after " + (seen - committed) + " ms");
    }

    @Test
    @Order(3)
    void theAskerSeesTheQuestionOnThePageTheFormRedirectsToWhicheverInstanceAnswers() {
        SiteClient onTwo = new SiteClient(ScaleOut.instance(2));
        onTwo.get("questions/");
        String question = unique("Where did it go?");

        SiteClient.Response asked = new SiteClient(ScaleOut.instance(1)).ask(question, "");
        String redirect = asked.locationPath();

        assertTrue(onTwo.get(redirect).body().contains(question), "the page the form redirected to, on instance 2");
    }

    @Test
    @Order(4)
    void aSignedInAuthorWorksOnEveryInstanceAndTheirPostIsEverywhereAtOnce() {
        SiteClient author = Accounts.signedInAuthor(ScaleOut.balancer()); // round-robin: both instances took part
        String title = unique("Published behind the balancer");

        SiteClient.Response published = author.submit(author.get("posts/new/"), "post-form",
                Map.of("title", title, "content", "Both servers show it.", "category", "general", "tags", ""), "save");
        assertEquals(302, published.status(), published.body());
        String address = published.locationPath();

        for (int n = 1; n <= 2; n++) {
            SiteClient there = author.sameVisitorAt(ScaleOut.instance(n));
            SiteClient.Response list = there.get("posts/");
            assertTrue(list.body().contains(title), "the author's list on instance " + n);
            assertTrue(list.body().contains("Sign out"), "signed in on instance " + n);
            assertTrue(there.get(address).body().contains(title), "the post's page on instance " + n);
        }
    }

    @Test
    @Order(5)
    void afterTheDatabaseStoodStillEveryInstanceCatchesUp() throws InterruptedException {
        SiteClient onOne = new SiteClient(ScaleOut.instance(1));
        onOne.get("questions/");
        onOne.get("questions/");

        ScaleOut.pauseDatabase(3);
        String question = unique("After the pause");
        assertEquals(302, new SiteClient(ScaleOut.instance(2)).ask(question, "").status());
        long committed = System.currentTimeMillis();

        long seen = whenTrue(() -> onOne.get("questions/").body().contains(question));
        assertTrue(seen - committed <= BOUND_MILLIS, "instance 1 listed it after " + (seen - committed) + " ms");
    }

    @Test
    @Order(6)
    void aQuestionAskedOnOneInstanceIsFoundBySearchOnTheOtherWithinTheBound() throws InterruptedException {
        String word = UUID.randomUUID().toString().substring(0, 8);
        SiteClient onTwo = new SiteClient(ScaleOut.instance(2));
        assertTrue(onTwo.get("search/?q=" + word).document().select(".search-result").isEmpty());

        assertEquals(302, new SiteClient(ScaleOut.instance(1)).ask(unique("Searchable " + word), "").status());
        long committed = System.currentTimeMillis();

        long seen = whenTrue(() -> !onTwo.get("search/?q=" + word).document().select(".search-result").isEmpty());
        assertTrue(seen - committed <= BOUND_MILLIS, "instance 2 found it after " + (seen - committed) + " ms");
    }

    @Test
    @Order(7)
    void aFeedReaderOfTheOtherInstanceGetsTheNewQuestionWithinTheBoundAnd304Before() throws InterruptedException {
        SiteClient reader = new SiteClient(ScaleOut.instance(2));
        String etag = reader.get("questions/feed.atom").header("ETag").orElseThrow();
        assertEquals(304, reader.get("questions/feed.atom", "If-None-Match", etag).status(), "kept on instance 2");
        String question = unique("Followed in a feed");

        assertEquals(302, new SiteClient(ScaleOut.instance(1)).ask(question, "").status());
        long committed = System.currentTimeMillis();

        long seen = whenTrue(() -> {
            SiteClient.Response feed = reader.get("questions/feed.atom", "If-None-Match", etag);
            return feed.status() == 200 && feed.body().contains(question);
        });
        assertTrue(seen - committed <= BOUND_MILLIS, "instance 2's feed had it after " + (seen - committed) + " ms");
        SiteClient throughBalancer = new SiteClient(ScaleOut.balancer()); // round-robin: each instance answers
        List<String> etags = java.util.stream.IntStream.range(0, 4)
                .mapToObj(n -> throughBalancer.get("questions/feed.atom").header("ETag").orElseThrow()).distinct().toList();
        assertEquals(1, etags.size(), "the same feed, and so the same entity tag, from every instance: " + etags);
    }

    @Test
    @Order(8)
    void aPostPublishedThroughTheApiOnOneInstanceIsReadOnTheOtherWithinTheBoundAndTheSameFromEach()
            throws InterruptedException {
        String token = Tokens.create(Accounts.signedInAuthor(ScaleOut.instance(1)), "write");
        SiteClient reader = new SiteClient(ScaleOut.instance(2));
        String etag = reader.get("api/v1/posts").header("ETag").orElseThrow();
        assertEquals(304, reader.get("api/v1/posts", "If-None-Match", etag).status(), "kept on instance 2");
        String title = unique("Published through the API");

        SiteClient.Response published = new SiteClient(ScaleOut.instance(1)).request("POST", "api/v1/posts",
                "application/json", ("{\"title\":\"" + title + "\",\"content\":\"x\",\"category\":\"general\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), Tokens.bearer(token));
        assertEquals(201, published.status(), published.body());
        long committed = System.currentTimeMillis();

        long seen = whenTrue(() -> {
            SiteClient.Response list = reader.get("api/v1/posts", "If-None-Match", etag);
            return list.status() == 200 && list.body().contains(title);
        });
        assertTrue(seen - committed <= BOUND_MILLIS, "instance 2's API had it after " + (seen - committed) + " ms");
        String self = "api/v1/posts/" + published.location().orElseThrow().replaceAll(".*/", "");
        SiteClient throughBalancer = new SiteClient(ScaleOut.balancer()); // round-robin: each instance answers
        List<String> etags = java.util.stream.IntStream.range(0, 4)
                .mapToObj(n -> throughBalancer.get(self).header("ETag").orElseThrow()).distinct().toList();
        assertEquals(1, etags.size(), "the same document, so the same entity tag, from every instance: " + etags);
    }

    /** Asks {@code condition} every 20 ms, for at most ten times the bound; returns when it first held (ms). */
    static long whenTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long giveUpAt = System.currentTimeMillis() + 10 * BOUND_MILLIS;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < giveUpAt, "never happened");
            Thread.sleep(20);
        }
        return System.currentTimeMillis();
    }
}
