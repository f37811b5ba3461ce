package org.flaskapp.platform.guards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that no visitor's browser sends of its own accord: malformed, tampered, truncated,
 * oversize, of the wrong kind, or made by another site's page. Each gets a 4xx view in the site's
 * layout that says what happened, no stack trace and no product name, and stores nothing; none
 * gets a 5xx. The question in every body is new, so "stored" means "listed afterwards".
 */
class HostileRequestsIT extends DeployedSite {

    private static final String FORM = "application/x-www-form-urlencoded";
    /** What the question form's page posts, with {q} for the question. */
    private static final String QUESTION_FORM =
            "question-form=question-form&content={q}&answer=An+answer&jakarta.faces.ViewState=stateless&submit=Submit";

    private static final String BAD_REQUEST = "Bad Request";
    private static final String EXPIRED = "This Form Has Expired";
    private static final String REFUSED = "Request Refused";
    private static final String NOT_ALLOWED = "Method Not Allowed";
    private static final String TOO_LARGE = "Too Much Text";
    private static final String UNSUPPORTED = "Unsupported Form";
    private static final String REFUSED_FORM = "Questions"; // the form again, with messages (422)

    SiteClient site;
    String question;

    @BeforeEach
    void newVisitorWithANewQuestion() {
        site = new SiteClient(base);
        question = "Hostile " + UUID.randomUUID();
    }

    static Stream<Arguments> hostileRequests() {
        String[] none = {};
        String[] crossSite = {"Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"};
        String oversize = QUESTION_FORM + "&filler=" + "a".repeat(1_200_000);
        return Stream.of(
                // fields missing, empty, repeated, tampered
                Arguments.of("question field missing", "POST", FORM, QUESTION_FORM.replace("content={q}&", "answer={q}&").replace("&answer=An+answer", ""), none, 422, REFUSED_FORM),
                Arguments.of("both text fields missing", "POST", FORM, "question-form=question-form&jakarta.faces.ViewState=stateless&submit=Submit&x={q}", none, 422, REFUSED_FORM),
                Arguments.of("question field empty", "POST", FORM, QUESTION_FORM.replace("content={q}", "content=").replace("An+answer", "{q}"), none, 422, REFUSED_FORM),
                Arguments.of("question field twice", "POST", FORM, QUESTION_FORM + "&content={q}", none, 400, BAD_REQUEST),
                Arguments.of("view state empty", "POST", FORM, QUESTION_FORM.replace("ViewState=stateless", "ViewState="), none, 400, EXPIRED),
                Arguments.of("view state forged", "POST", FORM, QUESTION_FORM.replace("ViewState=stateless", "ViewState=xYz12AbC9qLmN0pQ"), none, 400, EXPIRED),
                Arguments.of("view state garbage", "POST", FORM, QUESTION_FORM.replace("ViewState=stateless", "ViewState=%00%01%7F%7E"), none, 400, EXPIRED),
                // encodings
                Arguments.of("invalid percent-encoding", "POST", FORM, QUESTION_FORM.replace("answer=An+answer", "answer=%zz"), none, 400, BAD_REQUEST),
                Arguments.of("percent at the end", "POST", FORM, QUESTION_FORM + "&tail=%", none, 400, BAD_REQUEST),
                Arguments.of("invalid UTF-8, encoded", "POST", FORM, QUESTION_FORM.replace("An+answer", "%C3%28"), none, 400, BAD_REQUEST),
                Arguments.of("charset other than UTF-8", "POST", FORM + "; charset=ISO-8859-1", QUESTION_FORM, none, 415, UNSUPPORTED),
                // kinds of body
                Arguments.of("multipart without boundary", "POST", "multipart/form-data", QUESTION_FORM, none, 415, UNSUPPORTED),
                Arguments.of("multipart with boundary", "POST", "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\n{q}\r\n--xyz--\r\n", none, 415, UNSUPPORTED),
                Arguments.of("plain text", "POST", "text/plain", QUESTION_FORM, none, 415, UNSUPPORTED),
                Arguments.of("JSON", "POST", "application/json", "{\"content\": \"{q}\"}", none, 415, UNSUPPORTED),
                Arguments.of("no content type", "POST", null, QUESTION_FORM, none, 415, UNSUPPORTED),
                Arguments.of("oversize", "POST", FORM, oversize, none, 413, TOO_LARGE),
                // beyond WildFly's own default limit of 10 MiB
                Arguments.of("over ten megabytes", "POST", FORM, QUESTION_FORM + "&filler=" + "a".repeat(11_000_000), none, 413, TOO_LARGE),
                // methods
                Arguments.of("PUT", "PUT", FORM, QUESTION_FORM, none, 405, NOT_ALLOWED),
                Arguments.of("DELETE", "DELETE", null, null, none, 405, NOT_ALLOWED),
                Arguments.of("PATCH", "PATCH", FORM, QUESTION_FORM, none, 405, NOT_ALLOWED),
                // other sites
                Arguments.of("cross-site, Fetch Metadata and Origin", "POST", FORM, QUESTION_FORM, crossSite, 403, REFUSED),
                Arguments.of("cross-site, Fetch Metadata only", "POST", FORM, QUESTION_FORM, new String[] {"Sec-Fetch-Site", "cross-site"}, 403, REFUSED),
                Arguments.of("same site, another host", "POST", FORM, QUESTION_FORM, new String[] {"Sec-Fetch-Site", "same-site"}, 403, REFUSED),
                Arguments.of("Origin of another site only", "POST", FORM, QUESTION_FORM, new String[] {"Origin", "http://evil.example"}, 403, REFUSED),
                Arguments.of("Origin null (a sandboxed page)", "POST", FORM, QUESTION_FORM, new String[] {"Origin", "null"}, 403, REFUSED),
                Arguments.of("Referer of another site only", "POST", FORM, QUESTION_FORM, new String[] {"Referer", "http://evil.example/page"}, 403, REFUSED),
                Arguments.of("cross-site PUT", "PUT", FORM, QUESTION_FORM, crossSite, 403, REFUSED),
                Arguments.of("cross-site and malformed", "POST", FORM, QUESTION_FORM + "&x=%zz", crossSite, 403, REFUSED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void getsA4xxViewThatSaysWhatHappenedAndStoresNothing(String name, String method, String contentType,
                                                          String body, String[] headers, int status, String heading) {
        byte[] bytes = body == null ? null : body.replace("{q}", question.replace(' ', '+')).getBytes(StandardCharsets.UTF_8);

        SiteClient.Response answer = site.request(method, "questions/", contentType, bytes, headers);

        assertEquals(status, answer.status(), name);
        assertInTheSiteLayout(answer, heading);
        assertNothingStored();
    }

    @Test
    void aBodyThatEndsBeforeItsAnnouncedLengthIsNeverStored() {
        byte[] half = QUESTION_FORM.replace("{q}", question.replace(' ', '+')).getBytes(StandardCharsets.US_ASCII);
        String head = "POST " + base.getPath() + "questions/ HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nContent-Type: " + FORM + "\r\nContent-Length: " + (half.length + 100) + "\r\nConnection: close\r\n";

        int status = site.sendRaw(head, half);

        // A 4xx, or no answer at all: the client has stopped, and one server just closes the connection.
        assertTrue(status == -1 || status >= 400 && status < 500, "status " + status);
        assertNothingStored();
    }

    @Test
    void anInvalidUtf8ByteInTheBodyIsRefusedNotReplaced() {
        byte[] body = (QUESTION_FORM.replace("{q}", question.replace(' ', '+')) + "&answer2=").getBytes(StandardCharsets.US_ASCII);
        byte[] withBadByte = java.util.Arrays.copyOf(body, body.length + 1);
        withBadByte[body.length] = (byte) 0xC3; // the first byte of a two-byte character, and no second

        SiteClient.Response answer = site.request("POST", "questions/", FORM, withBadByte);

        assertEquals(400, answer.status());
        assertNothingStored();
    }

    @Test
    void aFormWithoutItsQuestionIsShownAgainWithTheMessageAndTheAnswerTyped() {
        String answer = "Typed with care " + UUID.randomUUID();
        byte[] body = ("question-form=question-form&answer=" + answer.replace(' ', '+')
                + "&jakarta.faces.ViewState=stateless&submit=Submit").getBytes(StandardCharsets.UTF_8);

        SiteClient.Response refused = site.request("POST", "questions/", FORM, body);

        assertEquals(422, refused.status());
        assertEquals("Please enter a question.", refused.document().select(".form-errors li").text());
        assertEquals(answer, refused.document().getElementById("answer").val());
    }

    @Test
    void anExpiredFormLeadsBackToTheForm() {
        byte[] body = QUESTION_FORM.replace("{q}", "x").replace("ViewState=stateless", "ViewState=forged")
                .getBytes(StandardCharsets.UTF_8);

        SiteClient.Response expired = site.request("POST", "questions/", FORM, body);

        assertEquals(base.getPath() + "questions/", expired.document().select("main a").attr("href"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Sec-Fetch-Site, same-origin",
            "Origin,         {origin}",
            "Referer,        {origin}/questions/",
    })
    void aPostFromThisSitesOwnPageIsStored(String header, String value) {
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        byte[] body = QUESTION_FORM.replace("{q}", question.replace(' ', '+')).getBytes(StandardCharsets.UTF_8);

        SiteClient.Response stored = site.request("POST", "questions/", FORM, body, header, value.replace("{origin}", origin));

        assertEquals(302, stored.status());
        assertEquals(question, site.get("questions/").document().selectFirst(".questions-list .question h3").text());
    }

    @Test
    void aPostFromAClientThatIsNoBrowserIsStored() {
        assertEquals(302, site.ask(question, "From a script").status());

        assertEquals(question, site.get("questions/").document().selectFirst(".questions-list .question h3").text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a view sent from memory,   questions/,          ''",
            "a view rendered,           posts/?sort=title,   ''",
            "a list page,               posts/?after=7,      ''",
            "a not-found view,          no/such/page/,       ''",
            "the style sheet,           static/site.css,     ''",
    })
    void everyAnswerCarriesTheSecurityHeaders(String name, String path, String cookie) {
        site.get(path);
        SiteClient.Response answer = cookie.isEmpty() ? site.get(path) : site.get(path, "Cookie", cookie);

        assertSecurityHeaders(answer, name);
    }

    @Test
    void aRefusalCarriesTheSecurityHeadersToo() {
        SiteClient.Response refused = site.request("PUT", "questions/", null, null);

        assertEquals(405, refused.status());
        assertSecurityHeaders(refused, "405");
    }

    private static void assertSecurityHeaders(SiteClient.Response answer, String name) {
        String policy = answer.header("Content-Security-Policy").orElse("(none)");
        for (String directive : List.of("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
                "form-action 'self'", "base-uri 'none'", "object-src 'none'")) {
            assertTrue(policy.contains(directive), name + ": " + directive + " in " + policy);
        }
        assertFalse(policy.contains("unsafe-inline"), name + ": " + policy);
        assertEquals(Optional.of("nosniff"), answer.header("X-Content-Type-Options"), name);
        assertEquals(Optional.of("same-origin"), answer.header("Referrer-Policy"), name);
        assertEquals(Optional.of("DENY"), answer.header("X-Frame-Options"), name);
    }

    private static void assertInTheSiteLayout(SiteClient.Response answer, String heading) {
        Document page = answer.document();
        assertEquals(heading + " - FlaskApp", page.title(), answer.body());
        assertEquals(6, page.select("nav[aria-label=Site] a").size(), "the navigation bar");
        for (String leak : List.of("Exception", "at org.", "Payara", "GlassFish", "WildFly", "Undertow", "Mojarra")) {
            assertFalse(answer.body().contains(leak), leak + " in " + answer.body());
        }
    }

    private void assertNothingStored() {
        assertFalse(site.get("questions/").body().contains(question.substring(8)), "stored: " + question);
    }
}
