package org.flaskapp.posts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The posts section's pages over real HTTP: writing, reading, editing and deleting posts. */
class PostPagesIT extends DeployedSite {

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Publishes a post through /posts/new/ and returns its address, such as /posts/42/. */
    private static String publish(SiteClient author, String title, String content, String tags) {
        SiteClient.Response published = author.submit(author.get("posts/new/"), "post-form",
                Map.of("title", title, "content", content, "category", "general", "tags", tags), "save");
        assertEquals(302, published.status(), published.body());
        return published.locationPath();
    }

    @Test
    void aPublishedPostHasItsOwnPageAndIsListedOnThePostsCategoryAndTagPages() {
        SiteClient author = Accounts.signedInAuthor(base);
        SiteClient visitor = new SiteClient(base);
        visitor.get("posts/"); // kept before the write: the write must replace it
        String title = unique("Published");
        String tag = "tag-" + UUID.randomUUID().toString().substring(0, 8);

        String address = publish(author, title, "Some **bold** words.", tag + ", Jakarta EE");

        assertTrue(address.matches(base.getPath() + "posts/[0-9]+/"), address);
        Document page = visitor.get(address).document();
        assertEquals(title, page.select("h1").text());
        assertEquals("Some bold words.", page.select(".post-content p").text());
        assertEquals("bold", page.select(".post-content strong").text());
        assertTrue(page.select(".byline").text().startsWith("By author-"), page.select(".byline").text());
        assertEquals(List.of(tag, "jakarta-ee").stream().sorted().toList(), page.select(".tags a").eachText());
        Element listed = visitor.get("posts/").document().select("article.post").first();
        assertEquals(title, listed.select(".title a").text());
        assertEquals(address, listed.select(".title a").attr("href"));
        assertEquals("Some bold words.", listed.select(".content p").text(), "an excerpt without Markdown");
        assertEquals(title, visitor.get("posts/categories/general/").document().select("article.post .title a").first().text());
        assertEquals(List.of(title), visitor.get("posts/tags/" + tag + "/").document().select("article.post .title a").eachText());
        assertEquals(404, visitor.get("posts/tags/no-such-tag-anywhere/").status());
    }

    @Test
    void htmlInAPostIsShownAsTextAndLinksGetNofollow() {
        SiteClient author = Accounts.signedInAuthor(base);

        String address = publish(author, unique("Markup"),
                "<script>alert(1)</script>\n\n[site](https://example.com/) [bad](javascript:alert(2))", "");

        Document page = new SiteClient(base).get(address).document();
        assertTrue(page.select(".post-content script").isEmpty());
        assertTrue(page.select(".post-content").text().contains("<script>alert(1)</script>"));
        assertEquals("nofollow noopener", page.select(".post-content a[href^=https]").attr("rel"));
        assertTrue(page.select(".post-content a[href^=javascript]").isEmpty());
    }

    @Test
    void aRefusedPostKeepsEverythingTypedAndSays422() {
        SiteClient author = Accounts.signedInAuthor(base);
        String content = unique("Typed content that must not be lost");
        String tooLong = "t".repeat(151);

        SiteClient.Response refused = author.submit(author.get("posts/new/"), "post-form",
                Map.of("title", tooLong, "content", content, "category", "general", "tags", "kept, tags"), "save");

        assertEquals(422, refused.status());
        Document page = refused.document();
        assertEquals("The title can be at most 150 characters long.", page.select(".form-errors").text());
        assertEquals(tooLong, page.getElementById("title").val(), "not cut");
        assertEquals(content, page.getElementById("content").val());
        assertEquals("kept, tags", page.getElementById("tags").val());
    }

    @Test
    void anotherAuthorsPostCannotBeEditedOrDeleted() {
        SiteClient owner = Accounts.signedInAuthor(base);
        SiteClient other = Accounts.signedInAuthor(base);
        String address = publish(owner, unique("Not yours"), "text", "").substring(base.getPath().length());
        SiteClient.Response ownForm = other.get("posts/new/"); // a form with the other author's own token

        assertEquals(403, other.get(address.replace("posts/", "posts/edit/")).status());
        assertEquals(403, other.get(address.replace("posts/", "posts/delete/")).status());
        assertFalse(other.get(address).body().contains("/edit/"), "no edit link for others");
        Map<String, String> fields = new HashMap<>(Map.of("title", "Taken over", "content", "x", "category", "general", "tags", ""));
        SiteClient.Response forged = other.submitTo(address.replace("posts/", "posts/edit/"), ownForm, "post-form", fields, "save");
        assertEquals(403, forged.status());
        assertEquals(200, owner.get(address.replace("posts/", "posts/edit/")).status());
    }

    @Test
    void aVisitorWhoOpensAnEditAddressIsSentToSignIn() {
        SiteClient.Response edit = new SiteClient(base).get("posts/edit/1/");

        assertEquals(302, edit.status());
        assertTrue(edit.location().orElseThrow().endsWith("/login/?next=%2Fposts%2Fedit%2F1%2F"), edit.location().orElseThrow());
        assertTrue(edit.setCookie().isEmpty());
    }

    @Test
    void theFormerEditAndDeleteAddressesMovedForGood() {
        SiteClient visitor = new SiteClient(base);

        SiteClient.Response edit = visitor.get("posts/1/edit/");
        SiteClient.Response delete = visitor.get("posts/1/delete/");

        assertEquals(301, edit.status());
        assertEquals(base.getPath() + "posts/edit/1/", edit.locationPath());
        assertEquals(301, delete.status());
        assertEquals(base.getPath() + "posts/delete/1/", delete.locationPath());
    }

    @Test
    void whenTwoEditTheSamePostTheSecondSaveIsRefusedWithTheirTextKept() {
        SiteClient author = Accounts.signedInAuthor(base);
        String address = publish(author, unique("Edited twice"), "first text", "").substring(base.getPath().length());
        SiteClient.Response firstForm = author.get(address.replace("posts/", "posts/edit/"));
        SiteClient.Response secondForm = author.get(address.replace("posts/", "posts/edit/"));

        SiteClient.Response first = author.submit(firstForm, "post-form", Map.of("content", "first save"), "save");
        SiteClient.Response second = author.submit(secondForm, "post-form", Map.of("content", "second save"), "save");

        assertEquals(302, first.status());
        assertEquals(409, second.status());
        assertTrue(second.document().select(".form-errors").text().startsWith("Someone else saved this post"));
        assertEquals("second save", second.document().getElementById("content").val());
        assertEquals("first save", author.get(address).document().select(".post-content").text());
        SiteClient.Response again = author.submit(second, "post-form", Map.of(), "save");
        assertEquals(302, again.status(), "saving again on purpose replaces the other version");
        assertEquals("second save", author.get(address).document().select(".post-content").text());
    }

    @Test
    void deletingAsksFirstThenLeavesA404() {
        SiteClient author = Accounts.signedInAuthor(base);
        String title = unique("To be deleted");
        String address = publish(author, title, "text", "").substring(base.getPath().length());
        SiteClient visitor = new SiteClient(base);
        visitor.get("posts/");

        SiteClient.Response question = author.get(address.replace("posts/", "posts/delete/"));
        assertEquals(200, question.status());
        assertTrue(question.document().text().contains(title), "the question names the post");
        assertEquals(200, author.get(address).status(), "opening the question deletes nothing");
        SiteClient.Response deleted = author.submit(question, "delete-form", Map.of(), "delete");

        assertEquals(302, deleted.status());
        assertEquals(404, visitor.get(address).status());
        assertFalse(visitor.get("posts/").body().contains(title), "the kept list was replaced");
    }

    @Test
    void thePostsPageSortsByTitleOrOldestFirstAtStableAddresses() {
        SiteClient author = Accounts.signedInAuthor(base);
        for (int n = 0; n < 11; n++) { // more than one page, whatever ran before
            publish(author, unique("Sorted"), "text", "");
        }
        Document byTitle = new SiteClient(base).get("posts/?sort=title").document();
        Document oldest = new SiteClient(base).get("posts/?sort=oldest").document();

        List<String> titles = byTitle.select("article.post .title a").eachText();
        assertEquals(titles.stream().sorted().toList(), titles);
        assertEquals("#1", oldest.select("article.post p b").first().text());
        String older = oldest.select("a[rel=next]").attr("href");
        assertEquals("?sort=oldest&after=10", older, "the order stays on the next page");
    }

    @Test
    void categoriesListTheirPostCountsAndOnlyEmptyOnesCanBeDeleted() {
        SiteClient admin = Accounts.admin(base);
        String name = unique("Category");
        SiteClient.Response added = admin.submit(admin.get("posts/categories/"), "category-form",
                Map.of("new-category", name), "add-category");
        assertEquals(302, added.status());
        String slug = name.toLowerCase().replace(' ', '-');
        Element entry = new SiteClient(base).get("posts/categories/").document()
                .select("ul.categories li:has(a[href$=/" + slug + "/])").first();
        assertEquals(name + " (0 posts)", entry.text());
        admin.submit(admin.get("posts/new/"), "post-form",
                Map.of("title", unique("Filed"), "content", "x", "category", slug, "tags", ""), "save");

        SiteClient.Response refused = admin.submit(admin.get("posts/categories/" + slug + "/"),
                "delete-category-form", Map.of(), "delete-category");

        assertEquals(422, refused.status());
        assertTrue(refused.document().select(".form-errors").text().contains("still holds 1 post"));
        assertTrue(new SiteClient(base).get("posts/categories/").body().contains(name + "</a>\n"), "still listed");
        assertEquals(404, new SiteClient(base).get("posts/categories/no-such-category/").status());
    }

    @Test
    void aRoutedViewHasOnlyItsCleanAddress() {
        assertEquals(404, new SiteClient(base).get("posts/post.xhtml?id=1").status());
        assertEquals(404, new SiteClient(base).get("posts/edit.xhtml?id=1").status());
    }
}
