package org.flaskapp.platform.feeds;

import java.util.Optional;

/**
 * A section's feeds: each section that has any implements this as a CDI bean, and
 * {@link FeedServlet} asks each for the address requested.
 */
public interface FeedSource {

    /**
     * The feed at {@code path} (such as {@code /posts/feed.atom}), or empty when this source has
     * none there (an address of another section, or of a category that does not exist). Only what
     * every visitor may see: the feed is the same for everyone.
     */
    Optional<AtomFeed> feed(String path);
}
