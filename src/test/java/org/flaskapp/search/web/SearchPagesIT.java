package org.flaskapp.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /search/ over real HTTP: what visitors, authors and administrators find, at once after each write. */
class SearchPagesIT extends DeployedSite {

    /** A word found nowhere else: letters only, so that it is one term. */
    private static String word() {
        return ThreadLocalRandom.current().ints(12, 'a', 'z' + 1)
                .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    }

    private static String publish(SiteClient author, String title, String content) {
        SiteClient.Response published = author.submit(author.get("posts/new/"), "post-form",
                Map.of("title", title, "content", content, "category", "general", "tags", ""), "save");
        assertEquals(302, published.status(), published.body());
        return published.locationPath();
    }

    private static SiteClient.Response search(SiteClient client, String query) {
        return client.get("search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static List<String> foundLinks(SiteClient client, String query) {
        return search(client, query).document().select(".search-result h2 a").eachAttr("href");
    }

    @Test
    void aPublishedPostIsFoundAtOnceByItsWordsMarkedAndLinked() {
        SiteClient author = Accounts.signedInAuthor(base);
        String word = word();
        String address = publish(author, "Café " + word, "We went running in the rain. " + word + " is the word.");
        SiteClient visitor = new SiteClient(base);

        SiteClient.Response found = search(visitor, "CAFE runs " + word);

        assertEquals(200, found.status());
        assertTrue(found.setCookie().isEmpty(), "visitors get no session");
        Element result = found.document().select(".search-result").first();
        assertEquals("Post", result.select(".result-kind").text());
        assertEquals(address, result.select("h2 a").attr("href"));
        assertEquals("Café " + word, result.select("h2 a").text());
        assertEquals(List.of("Café", word), result.select("h2 mark").eachText());
        assertTrue(result.select(".snippet mark").eachText().contains(word), result.select(".snippet").html());
        assertTrue(found.document().select(".search-count").text().startsWith("1 result for"));
        assertEquals("CAFE runs " + word, found.document().getElementById("q").val(), "the query stays in the field");
        SiteClient.Response accented = search(visitor, "café " + word);
        assertEquals(List.of(address), accented.document().select(".search-result h2 a").eachAttr("href"));
        assertEquals("café " + word, accented.document().getElementById("q").val(), "read as UTF-8 on every server");
    }

    @Test
    void anEditedPostIsFoundByItsNewWordsOnlyAndADeletedOneNotAtAll() {
        SiteClient author = Accounts.signedInAuthor(base);
        String before = word();
        String after = word();
        String address = publish(author, "Edited", "The old word " + before + ".");
        String id = address.replaceAll(".*/posts/([0-9]+)/$", "$1");
        SiteClient visitor = new SiteClient(base);
        assertEquals(List.of(address), foundLinks(visitor, before));

        SiteClient.Response saved = author.submit(author.get("posts/edit/" + id + "/"), "post-form",
                Map.of("content", "The new word " + after + "."), "save");
        assertEquals(302, saved.status());

        assertEquals(List.of(), foundLinks(visitor, before));
        assertEquals(List.of(address), foundLinks(visitor, after));
        assertEquals(302, author.submit(author.get("posts/delete/" + id + "/"), "delete-form", Map.of(), "delete").status());
        assertEquals(List.of(), foundLinks(visitor, after));
        assertTrue(search(visitor, after).document().select(".search-count").text().startsWith("No results for"));
    }

    @Test
    void hiddenQuestionsAndAnswersAreFoundByAdministratorsOnlyMarkedHidden() {
        SiteClient visitor = new SiteClient(base);
        String inQuestion = word();
        String inAnswer = word();
        assertEquals(302, visitor.ask("Is " + inQuestion + " hidden?", "").status());
        String address = foundLinks(visitor, inQuestion).get(0).substring(base.getPath().length());
        assertEquals(302, visitor.submit(visitor.get(address), "answer-form", Map.of("content", "Yes, " + inAnswer), "submit-answer").status());
        assertEquals(1, foundLinks(visitor, inAnswer).size(), "a visible answer is found");
        SiteClient admin = Accounts.admin(base);
        SiteClient.Response page = admin.get(address);
        String answerForm = page.document().select(".answer:contains(" + inAnswer + ") form").attr("id");
        assertEquals(302, admin.submit(page, answerForm, Map.of(), answerForm + ":hide").status());

        assertEquals(List.of(), foundLinks(visitor, inAnswer));
        assertEquals(List.of(), foundLinks(Accounts.signedInAuthor(base), inAnswer), "authors do not see hidden answers either");
        Element byAdmin = search(admin, inAnswer).document().select(".search-result").first();
        assertEquals("(found in a hidden answer)", byAdmin.select(".hidden-note").text());

        assertEquals(302, admin.submit(admin.get(address), "question-moderation", Map.of(), "hide-question").status());
        assertEquals(List.of(), foundLinks(visitor, inQuestion));
        assertEquals("(hidden)", search(admin, inQuestion).document().select(".search-result .hidden-note").text());

        assertEquals(302, admin.submit(admin.get(address), "question-moderation", Map.of(), "restore-question").status());
        assertEquals(1, foundLinks(visitor, inQuestion).size(), "restored: found again");
    }

    @Test
    void aSearchCanLookInOneSectionAndPagesKeepTheQuery() {
        SiteClient author = Accounts.signedInAuthor(base);
        String word = word();
        for (int n = 1; n <= 11; n++) {
            publish(author, "Paged " + n, word);
        }
        SiteClient visitor = new SiteClient(base);
        assertEquals(302, visitor.ask("Where is " + word + "?", "").status());

        assertEquals("12 results for “" + word + "”", search(visitor, word).document().select(".search-count").text());
        Document posts = visitor.get("search/?q=" + word + "&in=posts").document();
        assertEquals("11 results for “" + word + "”", posts.select(".search-count").text());
        assertEquals("posts", posts.select("#in option[selected]").val());
        Element older = posts.select(".pagination a[rel=next]").first();
        assertEquals("?q=" + word + "&in=posts&page=2", older.attr("href"));
        Document second = visitor.get("search/" + older.attr("href")).document();
        assertEquals(1, second.select(".search-result").size());
        assertEquals("?q=" + word + "&in=posts&", second.select(".pagination a[rel=prev]").attr("href"));
        Document questions = visitor.get("search/?q=" + word + "&in=questions").document();
        assertEquals(List.of("Question"), questions.select(".result-kind").eachText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"unbalanced", "-", "*", "AND OR (", "' OR 1=1; DROP TABLE post; --", "<script>alert(1)</script>",
            "%00", "\u0001\u0002", "title:x AND y~2^3 [1 TO 5] {a TO b} /regex/", "-\"\"", "a*"})
    void anyInputIsASearchThatAnswersAPage(String query) {
        SiteClient.Response found = search(new SiteClient(base), query);

        assertEquals(200, found.status());
        assertEquals("Search", found.document().select("h1").text());
        assertFalse(found.body().contains("<script>alert(1)"), "nothing typed runs");
    }

    @Test
    void aVeryLongSearchIsShortenedAndSaysSo() {
        SiteClient.Response found = search(new SiteClient(base), "sky ".repeat(2_500));

        assertEquals(200, found.status());
        assertTrue(found.document().select(".notice").text().contains("this search was shortened"), found.document().select(".notice").text());
        assertTrue(found.document().getElementById("q").val().length() <= 200);
    }

    @Test
    void everyPageHasASearchFieldAndTheBareSearchPageShowsOnlyTheForm() {
        for (String page : List.of("", "posts/", "questions/", "about/")) {
            Element form = new SiteClient(base).get(page).document().select("form[role=search]").first();
            assertEquals(base.getPath() + "search/", form.attr("action"), page);
            assertEquals("get", form.attr("method"));
            assertEquals("search", form.select("input[name=q]").attr("type"));
            assertEquals(1, form.select("label[for=" + form.select("input[name=q]").attr("id") + "]").size());
        }
        Document bare = new SiteClient(base).get("search/").document();
        assertEquals(1, bare.select("#q").size());
        assertTrue(bare.select(".search-count, .search-result").isEmpty());
    }
}
