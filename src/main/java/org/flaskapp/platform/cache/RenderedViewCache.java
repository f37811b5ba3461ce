package org.flaskapp.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The views of this site as last rendered, kept until the site's content changes. Every view
 * that a visitor without a session sees is the same for all of them and changes only when a post
 * or question is added, so a view rendered once can be sent again until then.
 * <p>
 * Correct as long as every write goes through a section's service, which fires a
 * {@link ContentChanged} event in its transaction (the same assumption as JPA's shared cache).
 * Each view remembers the {@link ContentVersion} it was rendered at and counts only while that
 * version is current, so a view rendered while a change commits is never sent after it, and one
 * kept by this server is not sent once it learns that another server wrote.
 */
@ApplicationScoped
public class RenderedViewCache {

    private record Entry(long version, RenderedView view) {
    }

    private final ContentVersion content;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    public RenderedViewCache(ContentVersion content) {
        this.content = content;
    }

    RenderedViewCache() { // for the container's proxy
        this(null);
    }

    /** The version of the content now; pass it to {@link #keep} for a view rendered from here. */
    public long version() {
        return content.current();
    }

    /** The view kept under {@code key}, if it was rendered from the current content. */
    public Optional<RenderedView> find(String key) {
        Entry entry = entries.get(key);
        return entry != null && entry.version() == content.current()
                ? Optional.of(entry.view())
                : Optional.empty();
    }

    /** Keeps a view that was rendered from the content as it was at {@code renderedAt}. */
    public void keep(String key, long renderedAt, RenderedView view) {
        if (renderedAt == content.known()) { // else it is out of date already
            entries.put(key, new Entry(renderedAt, view));
        }
    }
}
