package org.flaskapp.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Consumer;
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
        http.getWriter().write("<html>rendered " + renders + " time(s), ünïcödé</html>");
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
    void onlyPlainGetsOfAViewWithoutAQueryAreKept() throws Exception {
        get(null, null);
        get(null, null);
        assertEquals(1, renders, "the view is kept");

        get("after=6", null);
        get("after=6", null);
        get("sort=title", null);
        get("sort=title", null);
        send(ServletDoubles.request("POST", "/questions/index.xhtml", null, null));
        send(ServletDoubles.request("POST", "/questions/index.xhtml", null, null));

        assertEquals(7, renders);
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
