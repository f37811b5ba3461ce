package org.flaskapp.platform.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Sends a view that was rendered before and is still current (kept by {@link ContentCache})
 * instead of rendering it again, and keeps each view it lets Faces render. Only a plain GET of a
 * view without a query is kept (the first page of a list, not the pages after it), so the number
 * of kept views is small and fixed (one per view file), whatever addresses visitors make up.
 * <p>
 * A view is kept only when it could not differ for another visitor: a 200 answer, no HTTP session
 * and no cookie; a visitor who has a session always gets the view rendered. A cookie that names
 * no live session (one that expired, or made up) makes no difference: that visitor has none.
 * Views are stateless, so even the question form's hidden fields are the same for everyone.
 * <p>
 * Every other request (a form post, an address with a query, a visitor with a session) first
 * catches up ({@link ContentCache#catchUp}), so that what it reads from memory is no older than
 * the last write on any server of the site: this is how a writer sees their own write on the page
 * that the form redirects to, whichever server answers it.
 * A view sent from memory may be up to a quarter of a second behind a write made on another server.
 * <p>
 * A view sent from memory carries an {@code ETag} and {@code Cache-Control: no-cache}, so browsers
 * and proxies keep it too and ask again with {@code If-None-Match}; while it is still current the
 * answer is a {@code 304 Not Modified} without a body.
 */
public class RenderedViewCacheFilter extends HttpFilter {

    @Inject
    private ContentCache cache;

    public RenderedViewCacheFilter() {
    }

    /** For tests outside a container, where nothing injects the cache. */
    RenderedViewCacheFilter(ContentCache cache) {
        this.cache = cache;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> key = keyOf(request);
        if (key.isEmpty()) {
            cache.catchUp();
            chain.doFilter(request, response);
            return;
        }
        Optional<RenderedView> kept = cache.view(key.get());
        if (kept.isPresent()) {
            send(kept.get(), request, response);
            return;
        }
        long version = cache.version();
        RecordingResponse recording = new RecordingResponse(response);
        chain.doFilter(request, recording);
        if (recording.isComplete() && response.getStatus() == HttpServletResponse.SC_OK
                && request.getSession(false) == null && !response.containsHeader("Set-Cookie")) {
            cache.keep(key.get(), version, recording.rendered());
        }
    }

    /**
     * The view of a request whose view may be kept, else empty. The view file (such as
     * {@code /posts/index.xhtml}) rather than the address as typed, so that spellings of one
     * address share one entry.
     */
    private static Optional<String> keyOf(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
                || request.isRequestedSessionIdValid()) { // a visitor with a session may see more
            return Optional.empty();
        }
        return Optional.of(request.getServletPath());
    }

    private static void send(RenderedView view, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // The first value of a name is set, not added: a filter before this one may have set it
        // already. A view's headers come grouped by name (see RecordingResponse).
        String previous = null;
        for (RenderedView.Header header : view.headers()) {
            if (header.name().equalsIgnoreCase(previous)) {
                response.addHeader(header.name(), header.value());
            } else {
                response.setHeader(header.name(), header.value());
            }
            previous = header.name();
        }
        response.setHeader("ETag", view.etag());
        response.setHeader("Cache-Control", "no-cache");
        if (matchesAny(request.getHeader("If-None-Match"), view.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(view.contentType());
        response.setContentLength(view.body().length);
        response.getOutputStream().write(view.body());
    }

    /** Whether an {@code If-None-Match} header names {@code etag} (weak comparison, as RFC 9110 asks). */
    static boolean matchesAny(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return ifNoneMatch.strip().equals("*") || Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(etag::equals);
    }
}
