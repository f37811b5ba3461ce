package org.flaskapp.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages sent from {@link RenderedPages} over real HTTP: the same as rendered, and never out of
 * date after a change.
 */
class RenderedPageCacheIT extends DeployedSite {

    SiteClient site;

    @BeforeEach
    void newVisitor() {
        site = new SiteClient(base);
    }

    @Test
    void aPageSentAgainIsTheSameAsTheRenderedOne() {
        SiteClient.Page rendered = site.get("posts/");
        SiteClient.Page sentAgain = site.get("posts/");

        assertEquals(200, sentAgain.status());
        assertEquals(rendered.body(), sentAgain.body());
        assertEquals("text/html;charset=UTF-8", header(sentAgain, "Content-Type").replace(" ", ""));
        assertEquals(String.valueOf(sentAgain.body().getBytes(StandardCharsets.UTF_8).length),
                header(sentAgain, "Content-Length"));
        assertTrue(sentAgain.setCookie().isEmpty(), "no cookie on a kept page");
    }

    @Test
    void everyKeptAddressOfTheListShowsANewQuestionAtOnce() {
        for (int n = 1; n <= 10; n++) {
            ask("Filling the first page, " + n); // so that a second page exists
        }
        List<String> addresses = List.of("questions/", "questions/?page=1", "questions/?page=2");
        addresses.forEach(site::get); // rendered and kept
        String firstPageLastBefore = questions("questions/").get(9);

        String question = "Kept pages forgotten? " + UUID.randomUUID();
        assertEquals(302, ask(question).status());

        assertEquals(question, questions("questions/").get(0));
        assertEquals(question, questions("questions/?page=1").get(0));
        assertEquals(firstPageLastBefore, questions("questions/?page=2").get(0), "page 2 moved on by one");
    }

    @Test
    void aRefusedSubmissionLeavesNoTraceOnTheNextVisit() {
        SiteClient.Page refused = ask("   ");
        assertEquals(422, refused.status());
        assertTrue(refused.document().select(".field-error").hasText());

        SiteClient.Page next = site.get("questions/");

        assertEquals(200, next.status());
        assertTrue(next.document().select(".field-error").text().isEmpty(), "no message from someone else's try");
    }

    private List<String> questions(String address) {
        return site.get(address).document().select(".questions-list .question h4").eachText();
    }

    private SiteClient.Page ask(String question) {
        SiteClient.Page form = site.get("questions/");
        return site.submit(form, "question-form", Map.of("content", question, "answer", "An answer"), "submit");
    }

    private static String header(SiteClient.Page page, String name) {
        return page.response().headers().firstValue(name).orElse("(none)");
    }
}
