package org.flaskapp.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTML of pages as last rendered, kept until the site's content changes. Every page of this
 * site shows the same to every visitor and changes only when a post or question is added, so a
 * page rendered once can be sent again until then.
 * <p>
 * Correct as long as every write goes through a section's service, which fires a
 * {@link ContentChanged} event in its transaction (the same assumption as JPA's shared cache).
 * Each page remembers the version of the content it was rendered at and counts only while that
 * version is current, so a page rendered while a change commits is never sent after it.
 */
@ApplicationScoped
public class RenderedPages {

    /** A page as sent: its content type and its encoded bytes. */
    public record Rendered(String contentType, byte[] body) {
    }

    private record Entry(long version, Rendered page) {
    }

    private final AtomicLong version = new AtomicLong();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The version of the content now; pass it to {@link #keep} for a page rendered from here. */
    public long version() {
        return version.get();
    }

    /** The page kept under {@code key}, if it was rendered from the current content. */
    public Optional<Rendered> find(String key) {
        Entry entry = entries.get(key);
        return entry != null && entry.version() == version.get()
                ? Optional.of(entry.page())
                : Optional.empty();
    }

    /** Keeps a page that was rendered from the content as it was at {@code renderedAt}. */
    public void keep(String key, long renderedAt, Rendered page) {
        if (renderedAt == version.get()) { // else it is out of date already
            entries.put(key, new Entry(renderedAt, page));
        }
    }

    void forgetAll(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        version.incrementAndGet();
    }
}
