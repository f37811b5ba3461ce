package org.flaskapp.platform.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.flaskapp.platform.compression.Gzip;
import org.flaskapp.platform.compression.KeptBodies;
import org.flaskapp.platform.urls.SiteAddress;

/**
 * Sends a view from memory ({@link ContentCache}) while it is current, and keeps each view it lets
 * Faces render: only a 200 to a plain GET without a query, from a visitor without a live session,
 * that sets no cookie (so it is the same for everyone; one entry per view file). Every other
 * request catches up first, so that a writer sees their write on the next page whichever server
 * serves it. A view from memory carries an {@code ETag} and {@code Cache-Control: no-cache};
 * {@code If-None-Match} with it gets 304.
 */
public class RenderedViewCacheFilter extends HttpFilter {

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
        Optional<String> key = keyOf(request);
        if (key.isEmpty()) {
            cache.catchUp();
            chain.doFilter(request, response);
            return;
        }
        Optional<RenderedView> kept = cache.view(key.get());
        (kept.isPresent() ? HITS : MISSES).increment();
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
     * address share one entry; and the site's origin unless it is configured, since a view holds
     * absolute addresses (its canonical link) made from the {@code Host} that its request named.
     */
    private Optional<String> keyOf(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
                || request.isRequestedSessionIdValid()) { // a visitor with a session may see more
            return Optional.empty();
        }
        return Optional.of(site.isFixed() ? request.getServletPath() : site.originOf(request) + request.getServletPath());
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
        boolean gzip = KeptBodies.gzipFor(request, response, view.contentType(), view.body().length);
        response.setHeader("ETag", gzip ? Gzip.weakened(view.etag()) : view.etag());
        response.setHeader("Cache-Control", "no-cache");
        if (ConditionalGet.matchesAny(request.getHeader("If-None-Match"), view.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        KeptBodies.write(request, response, view.contentType(), view.body(), view.gzipped(), gzip);
    }
}
