package org.flaskapp.questions.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.flaskapp.questions.Question;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The questions view and its form, submitted as a real Faces postback over HTTP. */
class QuestionsViewIT extends DeployedSite {

    SiteClient site;

    @BeforeEach
    void newVisitor() {
        site = new SiteClient(base);
    }

    @Test
    void pageHasTheFormWithTwoLabelledTextAreasAndASubmitButton() {
        Document page = site.get("questions/").document();

        Element form = page.getElementById("question-form");
        assertNotNull(form);
        assertEquals("post", form.attr("method"));
        assertEquals("Question", page.selectFirst("label[for=content]").text());
        assertEquals("Answer", page.selectFirst("label[for=answer]").text());
        assertEquals("textarea", form.getElementById("content").tagName());
        assertEquals("textarea", form.getElementById("answer").tagName());
        assertEquals("submit", form.selectFirst("[name=submit]").attr("type"));
    }

    @Test
    void everyQuestionIsShownWithItsAnswerBelowIt() {
        Document page = site.get("questions/?after=1").document(); // past the end: the oldest: the tutorial's

        Element oldest = page.select(".questions-list .question").last();
        assertEquals("Why is the sky blue?", oldest.selectFirst("h3").text());
        assertEquals("Because... Why not?", oldest.selectFirst("h3 + p").text());
    }

    @Test
    void submittedQuestionIsStoredAndThePageRedirectsToTheList() {
        String question = "Does post/redirect/get work? " + UUID.randomUUID();

        SiteClient.Response answer = site.ask(question, "It should.");

        assertEquals(302, answer.status());
        assertEquals(base.getPath() + "questions/", answer.uri().resolve(answer.location().orElseThrow()).getPath());
        Element newest = site.get("questions/").document().selectFirst(".questions-list .question");
        assertEquals(question, newest.selectFirst("h3").text());
        assertEquals("It should.", newest.selectFirst("h3 + p").text());
    }

    @Test
    void reloadingThePageShownAfterSubmittingDoesNotSubmitAgain() {
        String question = "Counted once? " + UUID.randomUUID();
        SiteClient.Response submitted = site.ask(question, "Yes");
        SiteClient.Response shown = submitted.location().map(site::get).orElse(submitted);

        SiteClient.Response reloaded = site.reload(shown); // a browser sends again the request that showed the page

        assertEquals(1, reloaded.document().getElementsContainingOwnText(question).size());
    }

    @Test
    void emptyQuestionIsRefusedWithAMessageAndTheAnswerIsKeptBesideTheList() {
        String answer = "An answer typed with care " + UUID.randomUUID();
        String listed = "Listed beside a refused question? " + UUID.randomUUID();
        site.ask(listed, "");

        SiteClient.Response refused = site.ask("   ", answer);

        assertEquals(422, refused.status());
        Document page = refused.document();
        assertEquals("Please enter a question.", page.getElementById("content-message").text());
        assertEquals(answer, page.getElementById("answer").val());
        assertEquals("Questions - FlaskApp", page.title());
        assertEquals(listed, page.selectFirst(".questions-list .question h3").text(), "the list as on any other visit");
        assertTrue(site.get("questions/").document().getElementsContainingOwnText(answer).isEmpty(), "nothing stored");
    }

    @Test
    void questionOverTheLimitIsRefusedAndKeptWhole() {
        String tooLong = "Why ".repeat(Question.CONTENT_MAX_LENGTH / 4) + "?";

        SiteClient.Response refused = site.ask(tooLong, "Because");

        assertEquals(422, refused.status());
        Document page = refused.document();
        assertEquals("The question can be at most 1000 characters long.", page.getElementById("content-message").text());
        assertEquals(tooLong, page.getElementById("content").val());
    }

    @Test
    void htmlInAQuestionIsShownAsText() {
        String question = "<script>document.title='owned'</script><b>bold?</b> " + UUID.randomUUID();

        site.ask(question, "<img src=x onerror=alert(1)>");

        SiteClient.Response list = site.get("questions/");
        Element newest = list.document().selectFirst(".questions-list .question");
        assertEquals(question, newest.selectFirst("h3").text());
        assertEquals("<img src=x onerror=alert(1)>", newest.selectFirst("h3 + p").text());
        assertTrue(newest.select("script, b, img").isEmpty(), newest.html());
    }

    @Test
    void lineBreaksAndUnicodeSurviveTheRoundTrip() {
        String question = "Línea uno\nLine two — ✓ " + UUID.randomUUID();

        site.ask(question, "Ja, natürlich.");

        Element newest = site.get("questions/").document().selectFirst(".questions-list .question h3");
        assertEquals(question, newest.wholeText());
    }

    @Test
    void longListIsShownAPageAtATimeWithLinksToOlderAndNewer() {
        String batch = UUID.randomUUID().toString();
        for (int n = 1; n <= 11; n++) {
            assertEquals(302, site.ask("Paged question " + n + " " + batch, "").status());
        }

        Document first = site.get("questions/").document();
        assertEquals(10, first.select(".questions-list > .question").size());
        assertTrue(first.text().contains("Paged question 11 " + batch));
        Element older = first.selectFirst("a[rel=next]");
        assertNotNull(older, "link to older questions");
        assertNull(first.selectFirst("a[rel=prev]"), "no newer page than the first");

        Document second = site.get("questions/" + older.attr("href")).document();
        assertTrue(second.text().contains("Paged question 1 " + batch));
        assertNotNull(second.selectFirst("a[rel=prev]"), "link back to newer questions");
    }

    @ParameterizedTest(name = "chunked: {0}")
    @ValueSource(booleans = {false, true})
    void formTooLargeToReadGetsA413ViewAndStoresNothing(boolean chunked) {
        String marker = "Huge answer " + UUID.randomUUID();
        String answer = "a".repeat(1_200_000);

        SiteClient.Response refused = chunked ? site.askChunked(marker, answer) : site.ask(marker, answer);

        assertEquals(413, refused.status());
        assertEquals("Too Much Text - FlaskApp", refused.document().title());
        assertTrue(site.get("questions/").document().getElementsContainingOwnText(marker).isEmpty(), "nothing stored");
    }

    @Test
    void chunkedFormWithinTheLimitIsStoredWhole() {
        String question = "Sent in chunks, é ✓ " + UUID.randomUUID();
        String answer = "line one\nline two ".repeat(10_000);

        SiteClient.Response stored = site.askChunked(question, answer);

        assertEquals(302, stored.status());
        Element newest = site.get("questions/").document().selectFirst(".questions-list .question");
        assertEquals(question, newest.selectFirst("h3").text());
        assertEquals(answer, answerOnItsPage(newest));
    }

    @Test
    void longAnswerBelowTheLimitIsStoredWhole() {
        String marker = "Long answer " + UUID.randomUUID();
        String answer = "word ".repeat(100_000);

        assertEquals(302, site.ask(marker, answer).status());

        Element newest = site.get("questions/").document().selectFirst(".questions-list .question");
        assertEquals(marker, newest.selectFirst("h3").text());
        assertEquals(answer.length(), answerOnItsPage(newest).length());
        String opening = newest.selectFirst("h3 + p").wholeText();
        assertTrue(opening.length() <= 300 && opening.endsWith("\u2026"), "the list shows its opening: " + opening);
    }

    /** The text of the first answer on the page of the question that {@code listed} shows. */
    private String answerOnItsPage(Element listed) {
        String page = listed.selectFirst("h3 a").attr("href");
        return site.get(page.substring(base.getPath().length())).document().selectFirst(".answer .question-text").wholeText();
    }

    @Test
    void malformedPositionShowsTheFirstPage() {
        List<String> firstPage = site.get("questions/").document().select(".questions-list .question h3").eachText();

        for (String position : List.of("after=%3Cscript%3E", "after=-5", "before=x", "after=99999999999999999999")) {
            SiteClient.Response page = site.get("questions/?" + position);

            assertEquals(200, page.status(), position);
            assertEquals(firstPage, page.document().select(".questions-list .question h3").eachText(), position);
            assertTrue(page.document().select("a[rel=prev]").isEmpty(), "nothing newer than the first page: " + position);
        }
    }

}
