package org.flaskapp.platform.feeds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * One entry of an {@link AtomFeed}.
 *
 * @param id         a URI that names this item for good: the same on every server, after restarts
 *                   and after edits ({@link #idOf})
 * @param title      plain text
 * @param pagePath   the item's page, such as {@code /posts/42/}
 * @param published  when it was first published
 * @param updated    when it last changed (an edit moves it)
 * @param author     who wrote it
 * @param categories the terms it is filed under
 * @param html       its content as safe HTML, as its page shows it
 */
public record AtomEntry(String id, String title, String pagePath, Instant published, Instant updated, String author,
                        List<Category> categories, String html) {

    /**
     * A term, its label, and the address of the scheme it belongs to (a path in the site, such as
     * {@code /posts/tags/}).
     */
    public record Category(String term, String label, String schemePath) {
    }

    public AtomEntry {
        categories = List.copyOf(categories);
    }

    /**
     * A {@code urn:uuid:} made from what never changes about an item: its kind, its id and when it
     * was made, to the second (so that post 42 of another site, with its own database, has another
     * id; and a database that keeps its times less finely, after a move, gives the same). It does
     * not depend on the address the site is reached at.
     */
    public static String idOf(String kind, long id, Instant created) {
        String name = "flaskapp " + kind + " " + id + " " + created.truncatedTo(ChronoUnit.SECONDS);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
