package org.flaskapp.main.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What every page tells search engines, link previews and feed readers in its head: canonical
 * address, description, Open Graph, and the feeds that follow it.
 */
class PageMetadataIT extends DeployedSite {

    private static String canonical(Document page) {
        assertEquals(1, page.select("link[rel=canonical]").size(), page.title());
        return page.select("link[rel=canonical]").attr("href");
    }

    private static String meta(Document page, String attribute, String name) {
        return page.select("meta[" + attribute + "=" + name + "]").attr("content");
    }

    @Test
    void everyPageNamesItsCanonicalAddressWithTheQueryThatChoosesWhatItShowsOnly() {
        SiteClient visitor = new SiteClient(base);
        Map<String, String> canonicals = Map.of(
                "", "",
                "posts/", "posts/",
                "posts?sort=title&after=3&utm_source=x", "posts/?sort=title&after=3",
                "posts/3/?utm_source=x", "posts/3/",
                "questions/1/?page=1", "questions/1/",
                "posts/?sort=newest", "posts/",
                "posts/categories/general/", "posts/categories/general/",
                "search/?q=caf%C3%A9&in=posts", "search/?q=caf%C3%A9&in=posts",
                "login/", "login/",
                "about/", "about/");
        canonicals.forEach((address, expected) -> {
            Document page = visitor.open(address).document();
            assertEquals(base + expected, canonical(page), address);
            assertFalse(meta(page, "name", "description").isBlank(), address + " has a description");
        });
    }

    @Test
    void aPostAndAQuestionDescribeThemselvesByTheirOpeningWordsForSearchAndSharing() {
        SiteClient author = Accounts.signedInAuthor(base);
        String post = author.submit(author.get("posts/new/"), "post-form", Map.of("title", "Shared widely",
                "content", "The **opening** words of this post. " + "More words. ".repeat(40), "category", "general", "tags", ""),
                "save").locationPath();
        SiteClient visitor = new SiteClient(base);

        Document page = visitor.get(post.substring(1)).document();

        String description = meta(page, "name", "description");
        assertTrue(description.startsWith("The opening words of this post. More words."), description);
        assertTrue(description.length() <= 201 && description.endsWith("\u2026"), description);
        assertEquals("article", meta(page, "property", "og:type"));
        assertEquals("Shared widely", meta(page, "property", "og:title"));
        assertEquals(description, meta(page, "property", "og:description"));
        assertEquals(base + post.substring(1), meta(page, "property", "og:url"));

        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(302, visitor.ask("What does <" + word + "> mean?", "").status());
        String question = visitor.get("questions/").document().select(".question h3 a:contains(" + word + ")").attr("abs:href");
        Document questionPage = visitor.get(question.substring(base.toString().length())).document();
        assertEquals("What does <" + word + "> mean?", meta(questionPage, "name", "description"));
        assertEquals("What does <" + word + "> mean?", meta(questionPage, "property", "og:title"));
        assertEquals(question, meta(questionPage, "property", "og:url"));
        assertTrue(visitor.get("posts/").document().select("meta[property=og:type]").isEmpty(), "lists are not shared as articles");
    }

    @Test
    void listsAndQuestionsAnnounceTheirFeedsAndLinkToThem() {
        SiteClient author = Accounts.signedInAuthor(base);
        String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(302, author.submit(author.get("posts/new/"), "post-form",
                Map.of("title", "Tagged", "content", "Text.", "category", "general", "tags", tag), "save").status());
        SiteClient visitor = new SiteClient(base);
        Map<String, List<String>> feeds = Map.of(
                "", List.of("posts/feed.atom", "questions/feed.atom"),
                "posts/", List.of("posts/feed.atom"),
                "posts/categories/general/", List.of("posts/categories/general/feed.atom"),
                "posts/tags/" + tag + "/", List.of("posts/tags/" + tag + "/feed.atom"),
                "questions/", List.of("questions/feed.atom"),
                "questions/1/", List.of("questions/1/feed.atom"));

        feeds.forEach((address, expected) -> {
            Document page = visitor.get(address).document();
            List<String> announced = page.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("abs:href");
            List<String> linked = page.select("main p.feeds a").eachAttr("abs:href");
            List<String> absolute = expected.stream().map(path -> base + path).toList();
            assertEquals(absolute, announced, address);
            assertEquals(absolute, linked, address);
            for (String feed : expected) {
                assertEquals(200, visitor.get(feed).status(), feed);
            }
        });
        assertTrue(visitor.get("posts/1/").document().select("link[type=application/atom+xml]").isEmpty(),
                "a post has no feed of its own");
    }
}
