package org.flaskapp.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.function.Consumer;
import org.flaskapp.platform.guards.SessionToken;
import org.flaskapp.platform.urls.SiteAddress;
import org.flaskapp.testing.ServletDoubles;
import org.junit.jupiter.api.Test;

/**
 * {@link RenderedViewCacheFilter} in front of a stand-in for Faces that counts how often it
 * renders: what is sent from memory, what is always rendered, and what goes along with it.
 */
class RenderedViewCacheFilterTest {

    private static final ContentChanged A_NEW_QUESTION = new ContentChanged() {
    };

    private final ContentVersion content = new ContentVersion(new ThisServerAlone());
    private final ContentCache cache = new ContentCache(content);
    private final RenderedViewCacheFilter filter = new RenderedViewCacheFilter(cache, new SiteAddress(Optional.empty()));
    private int renders;
    /** Whether the view says it shows only the site's content (as layout.xhtml lets a view say). */
    private boolean contentOnly;
    private Consumer<HttpServletResponse> alsoWhileRendering = response -> {
    };

    /** What Faces would do: a view with its own headers, and the render count in the body. */
    private final FilterChain faces = (request, response) -> {
        renders++;
        HttpServletResponse http = (HttpServletResponse) response;
        http.setContentType("text/html;charset=UTF-8");
        http.setHeader("X-Frame-Options", "DENY");
        http.addHeader("Vary", "Accept-Encoding");
        http.setHeader("Date", "Fri, 27 Nov 2026 10:00:0" + renders + " GMT");
        http.setHeader("X-Request-Id", "request-" + renders); // as if set around the view
        alsoWhileRendering.accept(http);
        if (contentOnly) {
            request.setAttribute(RenderedViewCacheFilter.CONTENT_ONLY, true);
        }
        java.security.Principal reader = ((HttpServletRequest) request).getUserPrincipal();
        http.getWriter().write("<html>rendered " + renders + " time(s), ünïcödé"
                + (reader == null ? "" : " for " + reader.getName()) + "</html>");
    };

    private ServletDoubles.Response get(String query, String sessionId, String... headers) throws Exception {
        return send(ServletDoubles.request("GET", "/questions/index.xhtml", query, sessionId, headers));
    }

    private ServletDoubles.Response send(HttpServletRequest request) throws Exception {
        ServletDoubles.Response response = new ServletDoubles.Response();
        filter.doFilter(request, response.servletResponse(), faces);
        return response;
    }

    @Test
    void aViewIsKeptForEachHostWhenTheSiteHasNoConfiguredOrigin() throws Exception {
        // A view holds absolute addresses made from the Host header that its request named.
        get(null, null, "Host", "example.org");
        get(null, null, "Host", "example.org");
        ServletDoubles.Response otherHost = get(null, null, "Host", "attacker.example:8080");

        assertEquals(2, renders, "one render per origin");
        assertTrue(otherHost.body().contains("rendered 2 time(s)"), otherHost.body());
        assertTrue(get(null, null, "Host", "example.org").body().contains("rendered 1 time(s)"));
    }

    @Test
    void aViewIsRenderedOnceAndThenSentFromMemory() throws Exception {
        ServletDoubles.Response rendered = get(null, null);
        ServletDoubles.Response sentAgain = get(null, null);
        ServletDoubles.Response andAgain = get(null, null);

        assertEquals(1, renders);
        assertEquals(rendered.body(), sentAgain.body());
        assertEquals(rendered.body(), andAgain.body());
        assertEquals("text/html;charset=UTF-8", sentAgain.contentType());
        assertEquals(String.valueOf(rendered.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                sentAgain.header("Content-Length"));
    }

    @Test
    void aVisitorWithASessionAlwaysGetsTheViewRendered() throws Exception {
        get(null, null); // kept for visitors without a session

        ServletDoubles.Response first = get(null, "SESSION-1");
        ServletDoubles.Response second = get(null, "SESSION-1");

        assertEquals(3, renders);
        assertTrue(second.body().contains("rendered 3 time(s)"), second.body());
        assertNull(first.header("ETag"));
    }

    @Test
    void theViewsOwnHeadersAreSentAgainButNotThoseOfOneMoment() throws Exception {
        get(null, null);

        ServletDoubles.Response sentAgain = get(null, null);

        assertEquals("DENY", sentAgain.header("X-Frame-Options"));
        assertEquals("Accept-Encoding", sentAgain.header("Vary"));
        assertNull(sentAgain.header("Date"), "the date of the first answer is not the date of this one");
        assertNull(sentAgain.header("X-Request-Id"), "nor its request's id");
    }

    @Test
    void aViewThatSetsACookieIsNeverKept() throws Exception {
        alsoWhileRendering = response -> response.addHeader("Set-Cookie", "JSESSIONID=someone; HttpOnly");

        get(null, null);
        ServletDoubles.Response second = get(null, null);

        assertEquals(2, renders);
        assertTrue(second.body().contains("rendered 2"));
    }

    @Test
    void anErrorAnswerIsNeverKept() throws Exception {
        alsoWhileRendering = response -> response.setStatus(HttpServletResponse.SC_NOT_FOUND);

        get(null, null);
        get(null, null);

        assertEquals(2, renders);
    }

    @Test
    void aViewWithAQueryIsKeptOnlyWhenItSaysItShowsOnlyContent() throws Exception {
        get(null, null);
        get(null, null);
        assertEquals(1, renders, "a plain GET's view is kept");

        get("after=6", null);
        get("after=6", null);
        assertEquals(3, renders, "a view that does not say it shows only content (search results)");

        contentOnly = true;
        get("after=6", null);
        get("after=6", null);
        ServletDoubles.Response byTitle = get("sort=title", null);
        assertEquals(5, renders, "one render for each query");
        assertTrue(byTitle.body().contains("rendered 5 time(s)"), byTitle.body());
        assertTrue(get("after=6", null).body().contains("rendered 4 time(s)"));

        send(ServletDoubles.request("POST", "/questions/index.xhtml", null, null));
        send(ServletDoubles.request("POST", "/questions/index.xhtml", null, null));
        assertEquals(7, renders, "form posts are always rendered");
    }

    @Test
    void aSignedInReadersViewIsKeptForTheirSessionAloneAndNeverAsAPublicOne() throws Exception {
        contentOnly = true;
        HttpSession ann = signedInSession("ann-session");
        HttpSession bob = signedInSession("bob-session");
        HttpSession annElsewhere = signedInSession("ann-second-session");

        ServletDoubles.Response annFirst = send(ServletDoubles.signedInGet("/questions/index.xhtml", null, ann, "ann"));
        ServletDoubles.Response annAgain = send(ServletDoubles.signedInGet("/questions/index.xhtml", null, ann, "ann"));
        ServletDoubles.Response bobs = send(ServletDoubles.signedInGet("/questions/index.xhtml", null, bob, "bob"));
        ServletDoubles.Response annsOther = send(ServletDoubles.signedInGet("/questions/index.xhtml", null, annElsewhere, "ann"));
        ServletDoubles.Response visitors = get(null, null);

        assertEquals(4, renders, "kept once, for Ann's first session: every other reader got it rendered");
        assertEquals(annFirst.body(), annAgain.body());
        assertTrue(bobs.body().endsWith("for bob</html>"), bobs.body());
        assertTrue(annsOther.body().contains("rendered 3 time(s)"), "another session: another token in its forms");
        assertFalse(visitors.body().contains(" for "), visitors.body());
        assertNull(annAgain.header("ETag"), "a signed-in page is not for shared caches to revalidate");
        assertNull(annAgain.header("Cache-Control"), "left as SecurityHeadersFilter set it: private, no-store");
    }

    @Test
    void whileANoticeWaitsTheSignedInReadersPageIsRenderedAndNotKept() throws Exception {
        contentOnly = true;
        HttpSession ann = signedInSession("ann-session");
        ann.setAttribute(org.flaskapp.platform.faces.Notice.class.getName(), "Post deleted.");

        send(ServletDoubles.signedInGet("/questions/index.xhtml", null, ann, "ann"));
        ann.removeAttribute(org.flaskapp.platform.faces.Notice.class.getName()); // as the page takes it
        send(ServletDoubles.signedInGet("/questions/index.xhtml", null, ann, "ann"));
        send(ServletDoubles.signedInGet("/questions/index.xhtml", null, ann, "ann"));

        assertEquals(2, renders, "the page with the notice was not kept; the next one was");
    }

    @Test
    void aSignedInReadersViewThatDoesNotSayItShowsOnlyContentIsNeverKept() throws Exception {
        HttpSession ann = signedInSession("ann-session");

        send(ServletDoubles.signedInGet("/account/tokens/index.xhtml", null, ann, "ann"));
        send(ServletDoubles.signedInGet("/account/tokens/index.xhtml", null, ann, "ann"));

        assertEquals(2, renders);
    }

    /** A session as signing in leaves it: with its token, which every form of its pages carries. */
    private static HttpSession signedInSession(String id) {
        HttpSession session = ServletDoubles.session(id);
        SessionToken.of(session);
        return session;
    }

    @Test
    void aViewSentFromMemoryCarriesAnEntityTagAndAnswersAConditionalGetWith304() throws Exception {
        get(null, null);
        ServletDoubles.Response sentAgain = get(null, null);
        String etag = sentAgain.header("ETag");
        assertNotNull(etag);
        assertEquals("no-cache", sentAgain.header("Cache-Control"), "browsers ask again, with the tag");

        ServletDoubles.Response notModified = get(null, null, "If-None-Match", "W/" + etag);

        assertEquals(HttpServletResponse.SC_NOT_MODIFIED, notModified.status());
        assertEquals("", notModified.body());
        assertEquals(etag, notModified.header("ETag"));
        assertEquals(1, renders);
    }

    @Test
    void afterAWriteAnOldEntityTagGetsTheNewView() throws Exception {
        get(null, null);
        String oldTag = get(null, null).header("ETag");

        content.committed(A_NEW_QUESTION);
        ServletDoubles.Response afterTheWrite = get(null, null, "If-None-Match", oldTag);

        assertEquals(HttpServletResponse.SC_OK, afterTheWrite.status());
        assertTrue(afterTheWrite.body().contains("rendered 2"), afterTheWrite.body());
        String newTag = get(null, null).header("ETag");
        assertFalse(oldTag.equals(newTag), "a new view, a new tag");
    }

    @Test
    void entityTagsAreComparedAsRfc9110Says() {
        assertTrue(ConditionalGet.matchesAny("\"a\", \"b\"", "\"b\""));
        assertTrue(ConditionalGet.matchesAny("W/\"b\"", "\"b\""));
        assertTrue(ConditionalGet.matchesAny("*", "\"b\""));
        assertFalse(ConditionalGet.matchesAny("\"a\"", "\"b\""));
        assertFalse(ConditionalGet.matchesAny(null, "\"b\""));
    }
}
