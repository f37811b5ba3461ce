package org.flaskapp.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a read from the database gave (a page of a list), kept in memory while nothing changed
 * since: for the pages that are rendered on every request (those of signed-in users, and the
 * pages after a list's first), which then build their view from memory instead of asking the
 * database again.
 * <p>
 * Never out of date, like {@link RenderedViewCache}: every committed change moves the
 * {@link ContentVersion} on, and a result is kept only when no change committed while it was read,
 * so a read that saw the content before a change is not kept after it. A kept result is shared by
 * every request that asks the same: it must not be changed (entities in it are only read).
 * <p>
 * Bounded: at most {@value #MAX_ENTRIES} results; when that many are kept, all are forgotten and
 * kept afresh, so that a crawler walking a million pages cannot fill the memory.
 */
@ApplicationScoped
public class CurrentReads {

    static final int MAX_ENTRIES = 1_000;

    private record Entry(long version, Object result) {
    }

    private final ContentVersion content;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    public CurrentReads(ContentVersion content) {
        this.content = content;
    }

    CurrentReads() { // for the container's proxy
        this(null);
    }

    /**
     * The result kept under {@code key} if still current, else what {@code read} gives now.
     * {@code key} must name everything the result depends on (the list, its order, the position,
     * whether hidden items are shown).
     */
    @SuppressWarnings("unchecked") // a key is always used for results of one type
    public <T> T get(String key, Supplier<T> read) {
        long readAt = content.current();
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == readAt) {
            return (T) entry.result();
        }
        T result = read.get();
        // Kept under the version it was read at, so a result read while a change committed is
        // never sent after it; and not kept at all when that is already known.
        if (content.known() == readAt) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(readAt, result));
        }
        return result;
    }
}
