package org.flaskapp.platform.feeds;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An Atom feed (RFC 4287) as a section gives it: addresses are paths in the site ({@code /posts/});
 * {@link AtomDocument} makes them absolute. Its {@code updated} is that of its newest entry, or
 * {@code since} (when what it follows began) while it has none.
 *
 * @param title    what it follows, such as "Posts in General"
 * @param pagePath the page that shows the same, such as {@code /posts/categories/general/}; the
 *                 feed's own address is {@code feed.atom} in the same folder
 * @param since    the feed's {@code updated} while it has no entries
 * @param entries  newest first
 */
public record AtomFeed(String title, String pagePath, Instant since, List<AtomEntry> entries) {

    public AtomFeed {
        entries = List.copyOf(entries);
    }

    /** The feed's own address, such as {@code /posts/feed.atom}. */
    public String selfPath() {
        return pagePath + "feed.atom";
    }

    /** When the feed last changed as its entries tell. */
    public Instant updated() {
        return entries.stream().map(AtomEntry::updated).max(Comparator.naturalOrder()).orElse(since);
    }
}
