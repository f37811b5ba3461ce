package org.flaskapp.platform.feeds;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.flaskapp.platform.cache.ContentCache;
import org.flaskapp.platform.cache.ConditionalGet;
import org.flaskapp.platform.cache.KeptDocument;
import org.flaskapp.platform.urls.SiteAddress;

/**
 * Serves every {@code *.atom} address from the section whose {@link FeedSource} has it, 404
 * otherwise. A feed is kept like a page ({@link ContentCache}: current within a second of a write on
 * any server) and sent with {@code ETag} and {@code Last-Modified} for the conditional GET that
 * feed readers make. It is the same for every visitor and opens no session.
 */
public class FeedServlet extends HttpServlet {

    @Inject
    private Instance<FeedSource> sources;

    @Inject
    private ContentCache cache;

    @Inject
    private SiteAddress site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        String root = site.absolute(request, "");
        // Absolute addresses made from the request's Host are kept for that origin alone.
        String key = "feed " + (site.isFixed() ? "" : root) + path;
        KeptDocument feed = cache.document(key, previous -> find(path)
                .map(found -> KeptDocument.of(AtomDocument.CONTENT_TYPE, AtomDocument.write(found, root), previous,
                        Clock.systemUTC()))
                .orElse(null));
        if (feed == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ConditionalGet.send(feed, request, response);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response); // ConditionalGet sends no body to a HEAD
    }

    private Optional<AtomFeed> find(String path) {
        for (FeedSource source : sources) {
            Optional<AtomFeed> feed = source.feed(path);
            if (feed.isPresent()) {
                return feed;
            }
        }
        return Optional.empty();
    }
}
