package org.flaskapp.platform.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.flaskapp.platform.compression.Gzip;
import org.flaskapp.platform.compression.KeptBodies;
import org.flaskapp.platform.faces.Notice;
import org.flaskapp.platform.guards.SessionToken;
import org.flaskapp.platform.urls.SiteAddress;

/**
 * Sends a view from memory ({@link ContentCache}) while it is current, and keeps the views it lets
 * Faces render, in two ways:
 * <ul>
 * <li>a visitor's plain GET (no query, no live session): every 200 that sets no cookie, one entry
 * per view file, current to within {@link ContentVersion#CHECK_INTERVAL_MILLIS} ms on any server;
 * sent with an {@code ETag} and {@code Cache-Control: no-cache} ({@code If-None-Match} gets 304);
 * <li>every other GET of a view that shows only the site's content (it says so: {@code ui:param
 * contentOnly}, see layout.xhtml): kept with its query, and for a signed-in reader per session
 * (the key holds the session's secret token, so no other session is ever sent it), except while a
 * notice waits for them. These catch up first, as every request but a plain visitor's GET does,
 * so that a writer sees their write on the next page whichever server serves it.
 * </ul>
 */
public class RenderedViewCacheFilter extends HttpFilter {

    /** Request attribute that a view sets while it is built when it shows only the site's content. */
    public static final String CONTENT_ONLY = "contentOnlyView";

    private static final Counter HITS = Metrics.counter("flaskapp.kept.views", "result", "hit");
    private static final Counter MISSES = Metrics.counter("flaskapp.kept.views", "result", "miss");

    @Inject
    private ContentCache cache;

    @Inject
    private SiteAddress site;

    public RenderedViewCacheFilter() {
    }

    /** For tests outside a container, where nothing injects the cache. */
    RenderedViewCacheFilter(ContentCache cache, SiteAddress site) {
        this.cache = cache;
        this.site = site;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isPlainVisitorGet(request)) {
            sendOrKeep(viewOf(request), false, request, response, chain);
            return;
        }
        cache.catchUp();
        Optional<String> key = caughtUpKeyOf(request);
        if (key.isPresent()) {
            sendOrKeep(key.get(), true, request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void sendOrKeep(String key, boolean onlyContent, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Optional<RenderedView> kept = cache.view(key);
        (kept.isPresent() ? HITS : MISSES).increment();
        boolean forEveryone = !request.isRequestedSessionIdValid();
        if (kept.isPresent()) {
            send(kept.get(), forEveryone, request, response);
            return;
        }
        long version = cache.version();
        RecordingResponse recording = new RecordingResponse(response);
        chain.doFilter(request, recording);
        if (recording.isComplete() && response.getStatus() == HttpServletResponse.SC_OK
                && !response.containsHeader("Set-Cookie")
                && (!onlyContent || Boolean.TRUE.equals(request.getAttribute(CONTENT_ONLY)))
                && (request.getSession(false) == null) == forEveryone) { // no visitor got a session
            cache.keep(key, version, recording.rendered());
        }
    }

    private static boolean isPlainVisitorGet(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getQueryString() == null
                && !request.isRequestedSessionIdValid(); // a visitor with a session may see more
    }

    /**
     * The view file (such as {@code /posts/index.xhtml}) rather than the address as typed, so that
     * spellings of one address share one entry; and the site's origin unless it is configured,
     * since a view holds absolute addresses (its canonical link) made from the {@code Host} that
     * its request named.
     */
    private String viewOf(HttpServletRequest request) {
        return site.isFixed() ? request.getServletPath() : site.originOf(request) + request.getServletPath();
    }

    /**
     * The key of a GET that is not a visitor's plain GET, if its view may be kept: the view with
     * its query (a routed address such as {@code /posts/42/} comes forwarded with {@code id=42},
     * and the query it was asked with); for a signed-in reader, also who they are and their
     * session's token. Empty for a visitor with a session and while a notice waits.
     */
    private Optional<String> caughtUpKeyOf(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return Optional.empty();
        }
        String address = viewOf(request) + "?" + request.getQueryString()
                + "&" + request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        if (!request.isRequestedSessionIdValid()) {
            return Optional.of(address);
        }
        HttpSession session = request.getSession(false);
        Principal reader = request.getUserPrincipal();
        if (session == null || reader == null || Notice.isWaiting(session)) {
            return Optional.empty();
        }
        // the token that the page's forms carry (made here if this is the session's first page)
        return Optional.of(address + " for " + reader.getName() + " " + SessionToken.of(session));
    }

    /**
     * A view kept for everyone revalidates by its entity tag; one kept for a session keeps the
     * {@code Cache-Control: private, no-store} that every signed-in page has (SecurityHeadersFilter).
     */
    private static void send(RenderedView view, boolean forEveryone, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
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
        boolean gzip = KeptBodies.gzipFor(request, response, view.contentType(), view.body().length);
        if (forEveryone) {
            response.setHeader("ETag", gzip ? Gzip.weakened(view.etag()) : view.etag());
            response.setHeader("Cache-Control", "no-cache");
        }
        if (forEveryone && ConditionalGet.matchesAny(request.getHeader("If-None-Match"), view.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        KeptBodies.write(request, response, view.contentType(), view.body(), view.gzipped(), gzip);
    }
}
