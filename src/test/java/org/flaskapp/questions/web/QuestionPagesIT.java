package org.flaskapp.questions.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A question's own page, answers and moderation, over real HTTP. */
class QuestionPagesIT extends DeployedSite {

    private static String unique(String text) {
        return text + " " + UUID.randomUUID();
    }

    /** Asks a question through /questions/ and returns its page's path relative to the site, "questions/42/". */
    private String askedQuestion(SiteClient visitor, String question, String firstAnswer) {
        assertEquals(302, visitor.ask(question, firstAnswer).status());
        Element link = visitor.get("questions/").document().select(".question h3 a").first();
        assertEquals(question, link.text());
        return link.attr("href").substring(base.getPath().length());
    }

    private static List<String> answers(Document page) {
        return page.select(".answer .question-text").eachText();
    }

    @Test
    void aQuestionHasItsOwnPageWhereVisitorsAnswerIt() {
        SiteClient visitor = new SiteClient(base);
        String question = unique("Where do answers go?");
        String address = askedQuestion(visitor, question, "Into their own table.");

        SiteClient.Response answered = visitor.submit(visitor.get(address), "answer-form",
                Map.of("content", "And a second one."), "submit-answer");

        assertEquals(302, answered.status());
        assertTrue(answered.location().orElseThrow().endsWith("/" + address), answered.location().orElseThrow());
        assertTrue(answered.setCookie().isEmpty(), "visitors get no session");
        Document page = visitor.get(address).document();
        assertEquals(question, page.select(".asked").text());
        assertEquals(List.of("Into their own table.", "And a second one."), answers(page));
        Element listed = visitor.get("questions/").document().select(".questions-list .question").first();
        assertEquals("Into their own table.", listed.select("h3 + p").text(), "the first answer is shown in the list");
        assertEquals("2 answers", listed.select(".answer-count").text());
    }

    @Test
    void anEmptyAnswerIsRefusedWith422AndNothingIsStored() {
        SiteClient visitor = new SiteClient(base);
        String address = askedQuestion(visitor, unique("Empty answers?"), "");

        SiteClient.Response refused = visitor.submit(visitor.get(address), "answer-form", Map.of("content", "  "), "submit-answer");

        assertEquals(422, refused.status());
        assertEquals("Please enter an answer.", refused.document().getElementById("content-message").text());
        assertEquals(List.of(), answers(visitor.get(address).document()));
        assertEquals(404, visitor.get("questions/999999999/").status());
    }

    @Test
    void theSameQuestionAskedAgainAndAgainGets429SayingWhenToTryAgain() {
        SiteClient visitor = new SiteClient(base);
        String question = unique("Spam?");
        for (int time = 1; time <= 3; time++) {
            assertEquals(302, visitor.ask(question, "answer " + time).status(), "time " + time);
        }

        SiteClient.Response refused = visitor.ask(question, "kept answer");

        assertEquals(429, refused.status());
        assertTrue(refused.header("Retry-After").isPresent());
        assertTrue(refused.document().select(".form-errors").text().contains("try again in 10 minutes"),
                refused.document().select(".form-errors").text());
        assertEquals(question, refused.document().getElementById("content").val(), "what was typed is kept");
        assertEquals("kept answer", refused.document().getElementById("answer").val());
        assertEquals(302, visitor.ask(unique("Another question"), "").status(), "other texts pass");
    }

    @Test
    void hiddenQuestionsAndAnswersAreGoneForVisitorsUntilRestored() {
        SiteClient visitor = new SiteClient(base);
        String question = unique("Hidden?");
        String address = askedQuestion(visitor, question, "A visible answer.");
        visitor.submit(visitor.get(address), "answer-form", Map.of("content", "A hidden answer."), "submit-answer");
        SiteClient admin = Accounts.admin(base);

        SiteClient.Response page = admin.get(address);
        Element hiddenRow = page.document().select(".answer:contains(A hidden answer.)").first();
        String formId = hiddenRow.select("form").attr("id");
        assertEquals(302, admin.submit(page, formId, Map.of(), formId + ":hide").status());
        assertEquals(List.of("A visible answer."), answers(visitor.get(address).document()));
        assertEquals(List.of("A visible answer.", "A hidden answer."), answers(admin.get(address).document()));

        assertEquals(302, admin.submit(admin.get(address), "question-moderation", Map.of(), "hide-question").status());
        assertEquals(404, visitor.get(address).status());
        assertFalse(visitor.get("questions/").body().contains(question));
        assertEquals(200, admin.get(address).status());

        assertEquals(302, admin.submit(admin.get(address), "question-moderation", Map.of(), "restore-question").status());
        assertEquals(200, visitor.get(address).status());
        assertTrue(visitor.get("questions/").body().contains(question));
    }

    @Test
    void anAdministratorAcceptsAnAnswerWhichThenComesFirst() {
        SiteClient visitor = new SiteClient(base);
        String address = askedQuestion(visitor, unique("Which is right?"), "The first.");
        visitor.submit(visitor.get(address), "answer-form", Map.of("content", "The right one."), "submit-answer");
        SiteClient admin = Accounts.admin(base);

        SiteClient.Response page = admin.get(address);
        String formId = page.document().select(".answer:contains(The right one.) form").attr("id");
        assertEquals(302, admin.submit(page, formId, Map.of(), formId + ":accept").status());

        Document shown = visitor.get(address).document();
        assertEquals(List.of("The right one.", "The first."), answers(shown));
        assertEquals("Accepted answer", shown.select(".answer.accepted .accepted-mark").text());
    }

    @Test
    void moderationIsForAdministratorsOnly() {
        SiteClient visitor = new SiteClient(base);
        String question = unique("Safe from visitors?");
        String address = askedQuestion(visitor, question, "yes");
        SiteClient author = Accounts.signedInAuthor(base);

        assertEquals(302, visitor.get("admin/questions/").status(), "to sign in");
        assertEquals(403, author.get("admin/questions/").status());
        assertEquals(403, author.get(address.replace("questions/", "questions/delete/")).status());
        assertTrue(visitor.get(address).document().select("#question-moderation").isEmpty());
        String forged = "question-moderation=question-moderation&jakarta.faces.ViewState=stateless&hide-question=Hide";
        visitor.request("POST", address, "application/x-www-form-urlencoded", forged.getBytes(StandardCharsets.US_ASCII));
        assertEquals(200, visitor.get(address).status(), "a forged hide from a visitor does nothing");
    }

    @Test
    void deletingAQuestionAsksFirstThenRemovesItWithItsAnswers() {
        SiteClient visitor = new SiteClient(base);
        String question = unique("Delete me?");
        String address = askedQuestion(visitor, question, "with this answer");
        SiteClient admin = Accounts.admin(base);

        SiteClient.Response ask = admin.get(address.replace("questions/", "questions/delete/"));
        assertEquals(200, ask.status());
        assertTrue(ask.document().text().contains(question));
        assertEquals(200, visitor.get(address).status(), "asking deletes nothing");
        SiteClient.Response deleted = admin.submit(ask, "delete-form", Map.of(), "delete");

        assertEquals(302, deleted.status());
        assertEquals(404, visitor.get(address).status());
        assertFalse(visitor.get("questions/").body().contains(question));
    }

    @Test
    void deletingAnAnswerAsksFirstThenRemovesOnlyThatAnswer() {
        SiteClient visitor = new SiteClient(base);
        String address = askedQuestion(visitor, unique("Two answers, one to go?"), "Stays.");
        visitor.submit(visitor.get(address), "answer-form", Map.of("content", "Goes."), "submit-answer");
        SiteClient admin = Accounts.admin(base);
        String deleteAddress = admin.get(address).document()
                .select(".answer:contains(Goes.) a:contains(Delete)").attr("href").substring(base.getPath().length());

        SiteClient.Response ask = admin.get(deleteAddress);
        assertEquals(200, ask.status());
        assertEquals("Goes.", ask.document().select("blockquote").text(), "the question names the answer");
        assertEquals(List.of("Stays.", "Goes."), answers(visitor.get(address).document()), "asking deletes nothing");
        SiteClient.Response deleted = admin.submit(ask, "delete-form", Map.of(), "delete");

        assertEquals(302, deleted.status());
        assertEquals(List.of("Stays."), answers(visitor.get(address).document()));
        assertEquals(404, admin.get(deleteAddress).status(), "the answer is gone for good");
    }

    @Test
    void theModerationQueueHidesWithOneClick() {
        SiteClient visitor = new SiteClient(base);
        String address = askedQuestion(visitor, unique("Queued?"), "");
        String id = address.replaceAll("[^0-9]", "");
        SiteClient admin = Accounts.admin(base);

        SiteClient.Response queue = admin.get("admin/questions/");
        String formId = queue.document().select("#queue-question-" + id + " form").attr("id");
        SiteClient.Response hidden = admin.submit(queue, formId, Map.of(), formId + ":hide");

        assertEquals(302, hidden.status());
        assertEquals(404, visitor.get(address).status());
        assertEquals("hidden", admin.get("admin/questions/").document().select("#queue-question-" + id + " td").get(1).text());
    }
}
