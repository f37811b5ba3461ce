package org.flaskapp.platform.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The Atom feeds over real HTTP, read by ROME as feed readers read them, and checked against what
 * the site's pages show from the database: entries, conditional GET, hidden and deleted items.
 */
class FeedsIT extends DeployedSite {

    private static String authorName;
    private static SiteClient author;

    /** One author for all the tests here: signing up an author costs seconds of password hashing. */
    private SiteClient author() {
        if (author == null) {
            authorName = Accounts.newAuthor(Accounts.admin(base));
            author = new SiteClient(base);
            assertEquals(302, author.signIn(authorName, Accounts.AUTHOR_PASSWORD).status());
        }
        return author;
    }

    private static String word() {
        return ThreadLocalRandom.current().ints(10, 'a', 'z' + 1)
                .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    }

    private static String publish(SiteClient author, String title, String content, String tags) {
        SiteClient.Response published = author.submit(author.get("posts/new/"), "post-form",
                Map.of("title", title, "content", content, "category", "general", "tags", tags), "save");
        assertEquals(302, published.status(), published.body());
        return published.locationPath();
    }

    private static String idIn(String address) {
        return address.replaceAll(".*/(posts|questions)/([0-9]+)/$", "$2");
    }

    /** The feed at {@code path}, checked for what every feed must be, then parsed. */
    private Feed feed(SiteClient client, String path) throws Exception {
        SiteClient.Response response = client.get(path);
        assertEquals(200, response.status(), path);
        assertEquals("application/atom+xml;charset=utf-8",
                response.header("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        assertTrue(response.setCookie().isEmpty(), "a feed opens no session");
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        Feed feed = (Feed) input.build(new StringReader(response.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertFalse(feed.getId().isBlank());
        assertFalse(feed.getTitle().isBlank());
        assertTrue(feed.getUpdated() != null);
        assertEquals(base + path, link(feed.getOtherLinks(), "self"), "rel=self is the feed's absolute address");
        for (Entry entry : feed.getEntries()) {
            assertTrue(entry.getId().startsWith("urn:uuid:"), entry.getId());
            assertFalse(entry.getTitleEx().getValue().isBlank());
            assertTrue(entry.getPublished() != null && entry.getUpdated() != null);
            assertFalse(entry.getAuthors().isEmpty() && feed.getAuthors().isEmpty(), "every entry has an author");
            assertEquals("html", entry.getContents().get(0).getType());
            assertTrue(link(entry.getAlternateLinks(), "alternate").startsWith(base.toString()));
        }
        return feed;
    }

    private static String link(List<Link> links, String rel) {
        return links.stream().filter(link -> rel.equals(link.getRel())).map(Link::getHref).findFirst().orElse("");
    }

    private static Optional<Entry> entryLinkedTo(Feed feed, String url) {
        return feed.getEntries().stream().filter(entry -> link(entry.getAlternateLinks(), "alternate").equals(url)).findFirst();
    }

    private static String normalizedHtml(String html) {
        return Jsoup.parseBodyFragment(html).body().html();
    }

    @Test
    void thePostsFeedHoldsTheTwentyNewestPostsWholeAsTheirPagesShowThem() throws Exception {
        SiteClient author = author();
        String tag = word();
        String address = publish(author, "Feed & <friends>", "Some **bold** text, [a link](/posts/), and <script>x</script>.",
                tag + ", feeds");
        SiteClient visitor = new SiteClient(base);

        Feed feed = feed(visitor, "posts/feed.atom");

        List<String> listed = new ArrayList<>();
        Document page = visitor.get("posts/").document();
        listed.addAll(page.select(".post .title a").eachAttr("abs:href"));
        String older = page.select(".pagination a[rel=next]").attr("href");
        listed.addAll(visitor.get("posts/" + older).document().select(".post .title a").eachAttr("abs:href"));
        List<String> inFeed = feed.getEntries().stream().map(entry -> link(entry.getAlternateLinks(), "alternate")).toList();
        assertEquals(listed.subList(0, Math.min(20, listed.size())), inFeed, "the same posts as the list, newest first");
        assertEquals(base + "posts/", link(feed.getAlternateLinks(), "alternate"));

        Entry entry = entryLinkedTo(feed, base + address.substring(1)).orElseThrow();
        assertEquals("Feed & <friends>", entry.getTitleEx().getValue());
        assertEquals(authorName, entry.getAuthors().get(0).getName());
        List<String> terms = entry.getCategories().stream().map(Category::getTerm).toList();
        assertEquals("general", terms.get(0), "the category first");
        assertEquals(Set.of("feeds", tag), Set.copyOf(terms.subList(1, terms.size())), "then the tags");
        Document postPage = visitor.get(address.substring(1)).document();
        assertEquals(normalizedHtml(postPage.select(".post-content").html()), normalizedHtml(entry.getContents().get(0).getValue()),
                "the same safe Markdown as the page");
        assertFalse(entry.getContents().get(0).getValue().contains("<script>"));
        assertEquals(entry.getPublished(), entry.getUpdated(), "not edited yet");
        assertEquals(entry.getUpdated(), feed.getUpdated(), "the feed is as new as its newest entry");
    }

    @Test
    void anEditMovesAnEntrysUpdatedTimeAndKeepsItsIdAndPublishedTime() throws Exception {
        SiteClient author = author();
        String address = publish(author, "Before the edit", "Old text.", "");
        SiteClient visitor = new SiteClient(base);
        Entry before = entryLinkedTo(feed(visitor, "posts/feed.atom"), base + address.substring(1)).orElseThrow();
        Thread.sleep(1100); // feed times have whole seconds

        assertEquals(302, author.submit(author.get("posts/edit/" + idIn(address) + "/"), "post-form",
                Map.of("title", "After the edit", "content", "New text."), "save").status());

        Entry after = entryLinkedTo(feed(visitor, "posts/feed.atom"), base + address.substring(1)).orElseThrow();
        assertEquals(before.getId(), after.getId());
        assertEquals(before.getPublished(), after.getPublished());
        assertTrue(after.getUpdated().after(before.getUpdated()), after.getUpdated() + " after " + before.getUpdated());
        assertEquals("After the edit", after.getTitleEx().getValue());
        assertEquals("<p>New text.</p>", after.getContents().get(0).getValue().strip());
    }

    @Test
    void aFeedReaderGets304UntilAWriteAndHeadHasTheHeadersWithoutTheBody() throws Exception {
        SiteClient reader = new SiteClient(base);
        SiteClient.Response first = reader.get("posts/feed.atom");
        String etag = first.header("ETag").orElseThrow();
        String lastModified = first.header("Last-Modified").orElseThrow();

        assertEquals(304, reader.get("posts/feed.atom", "If-None-Match", etag).status());
        assertEquals(304, reader.get("posts/feed.atom", "If-Modified-Since", lastModified).status());
        assertEquals(304, reader.get("posts/feed.atom", "If-None-Match", "\"other\", W/" + etag).status());
        SiteClient.Response head = reader.request("HEAD", "posts/feed.atom", null, null);
        assertEquals(200, head.status());
        assertEquals(etag, head.header("ETag").orElseThrow());
        assertEquals(String.valueOf(first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                head.header("Content-Length").orElseThrow());
        assertEquals("", head.body());
        Thread.sleep(1100);

        publish(author(), "A new post " + word(), "New.", "");

        SiteClient.Response changed = reader.get("posts/feed.atom", "If-None-Match", etag);
        assertEquals(200, changed.status());
        assertNotEquals(etag, changed.header("ETag").orElseThrow());
        assertEquals(200, reader.get("posts/feed.atom", "If-Modified-Since", lastModified).status());
        assertEquals(200, reader.get("posts/feed.atom", "If-None-Match", etag, "If-Modified-Since",
                changed.header("Last-Modified").orElseThrow()).status(), "If-None-Match decides when both are sent");
    }

    @Test
    void aDeletedPostLeavesItsFeedsAndIfModifiedSinceNoLongerGets304() throws Exception {
        SiteClient author = author();
        String tag = word();
        String address = publish(author, "Soon gone", "Going.", tag);
        SiteClient reader = new SiteClient(base);
        assertTrue(entryLinkedTo(feed(reader, "posts/feed.atom"), base + address.substring(1)).isPresent());
        String lastModified = reader.get("posts/feed.atom").header("Last-Modified").orElseThrow();

        assertEquals(302, author.submit(author.get("posts/delete/" + idIn(address) + "/"), "delete-form", Map.of(), "delete").status());

        assertEquals(200, reader.get("posts/feed.atom", "If-Modified-Since", lastModified).status());
        assertTrue(entryLinkedTo(feed(reader, "posts/feed.atom"), base + address.substring(1)).isEmpty());
        assertTrue(entryLinkedTo(feed(reader, "posts/categories/general/feed.atom"), base + address.substring(1)).isEmpty());
    }

    @Test
    void categoryAndTagFeedsHoldTheirOwnPostsAndAreNotFoundForOnesThatDoNotExist() throws Exception {
        SiteClient author = author();
        String tag = word();
        String tagged = publish(author, "Tagged " + tag, "With the tag.", tag);
        publish(author, "Untagged " + tag, "Without it.", "");
        SiteClient visitor = new SiteClient(base);

        Feed byTag = feed(visitor, "posts/tags/" + tag + "/feed.atom");
        Feed byCategory = feed(visitor, "posts/categories/general/feed.atom");

        assertEquals(List.of(base + tagged.substring(1)),
                byTag.getEntries().stream().map(entry -> link(entry.getAlternateLinks(), "alternate")).toList());
        assertEquals(base + "posts/tags/" + tag + "/", link(byTag.getAlternateLinks(), "alternate"));
        assertTrue(byCategory.getEntries().stream().allMatch(entry -> entry.getCategories().get(0).getTerm().equals("general")));
        assertTrue(entryLinkedTo(byCategory, base + tagged.substring(1)).isPresent());
        assertEquals(404, visitor.get("posts/tags/no-such-" + tag + "/feed.atom").status());
        assertEquals(404, visitor.get("posts/categories/no-such-" + tag + "/feed.atom").status());
        assertEquals(404, visitor.get("posts/" + idIn(tagged) + "/feed.atom").status(), "posts have no feed of their own");
        assertEquals(404, visitor.get("feed.atom").status());
        assertEquals(405, visitor.request("POST", "posts/feed.atom", "text/plain", new byte[0]).status());
    }

    @Test
    void theQuestionsFeedShowsEachQuestionWithItsAcceptedOrFirstAnswerAndNeverAHiddenOne() throws Exception {
        SiteClient visitor = new SiteClient(base);
        String word = word();
        assertEquals(302, visitor.ask("Is " + word + " in the feed?", "First: yes.").status());
        String address = visitor.get("questions/").document().select(".question h3 a:contains(" + word + ")").attr("href");
        String url = base.toURI().resolve(address).toString();

        Entry entry = entryLinkedTo(feed(visitor, "questions/feed.atom"), url).orElseThrow();
        assertEquals("Is " + word + " in the feed?", entry.getTitleEx().getValue());
        assertTrue(entry.getContents().get(0).getValue().contains("<strong>First answer</strong>"));

        SiteClient admin = Accounts.admin(base);
        String path = address.substring(base.getPath().length());
        assertEquals(302, visitor.submit(visitor.get(path), "answer-form", Map.of("content", "Second: <no>."), "submit-answer").status());
        SiteClient.Response page = admin.get(path);
        String second = page.document().select(".answer:contains(Second) form").attr("id");
        assertEquals(302, admin.submit(page, second, Map.of(), second + ":accept").status());
        String accepted = entryLinkedTo(feed(visitor, "questions/feed.atom"), url).orElseThrow().getContents().get(0).getValue();
        assertTrue(accepted.contains("<strong>Accepted answer</strong></p><p>Second: &lt;no&gt;.</p>"), accepted);

        assertEquals(302, admin.submit(admin.get(path), "question-moderation", Map.of(), "hide-question").status());
        assertTrue(entryLinkedTo(feed(visitor, "questions/feed.atom"), url).isEmpty(), "a hidden question never appears");
        assertEquals(404, visitor.get(path + "feed.atom").status(), "nor its own feed");
    }

    @Test
    void aQuestionsOwnFeedHasItsVisibleAnswersNewestFirst() throws Exception {
        SiteClient visitor = new SiteClient(base);
        String word = word();
        assertEquals(302, visitor.ask("Who follows " + word + "?", "").status());
        String address = visitor.get("questions/").document().select(".question h3 a:contains(" + word + ")").attr("href");
        String path = address.substring(base.getPath().length());
        Feed empty = feed(visitor, path + "feed.atom");
        assertEquals(List.of(), empty.getEntries());
        assertEquals(base.toURI().resolve(address).toString(), link(empty.getAlternateLinks(), "alternate"));
        for (String answer : List.of("one", "two", "three")) {
            assertEquals(302, visitor.submit(visitor.get(path), "answer-form", Map.of("content", "Answer " + answer), "submit-answer").status());
        }
        SiteClient admin = Accounts.admin(base);
        SiteClient.Response page = admin.get(path);
        String two = page.document().select(".answer:contains(Answer two) form").attr("id");
        assertEquals(302, admin.submit(page, two, Map.of(), two + ":hide").status());

        Feed answers = feed(visitor, path + "feed.atom");

        assertEquals(List.of("<p>Answer three</p>", "<p>Answer one</p>"),
                answers.getEntries().stream().map(entry -> entry.getContents().get(0).getValue()).toList());
        assertEquals("Answers to: Who follows " + word + "? - FlaskApp", answers.getTitle());
    }
}
