package org.flaskapp.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The first few pages of a newest-first list, kept in memory until the list changes. Nearly every
 * visitor reads these pages, and they change only when something is added, so most requests skip
 * the database.
 * <p>
 * Correct as long as every write goes through this application's service, which calls
 * {@link #invalidate()} after its transaction commits (the same assumption as JPA's shared cache).
 * Each entry remembers the version of the list it was read at and counts only while that version
 * is current, so a page read while a write commits is never served after it.
 */
public final class RecentPages<T> {

    /** Pages beyond this are rarely read and always come from the database. */
    static final int CACHED_PAGES = 5;

    private record Entry<T>(long version, Page<T> page) {
    }

    private final AtomicLong version = new AtomicLong();
    private final Map<PageRequest, Entry<T>> entries = new ConcurrentHashMap<>();

    /** The requested page, from memory when it is current, otherwise from {@code load}. */
    public Page<T> get(PageRequest request, Function<PageRequest, Page<T>> load) {
        if (request.number() > CACHED_PAGES) {
            return load.apply(request);
        }
        long current = version.get();
        Entry<T> entry = entries.get(request);
        if (entry != null && entry.version() == current) {
            return entry.page();
        }
        Page<T> page = load.apply(request);
        entries.put(request, new Entry<>(current, page));
        return page;
    }

    /** Forgets every page: call after a committed change to the list. */
    public void invalidate() {
        version.incrementAndGet();
    }
}
