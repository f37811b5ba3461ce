package org.flaskapp.platform.paging;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a page of a list lies: {@code ?after=K} or {@code ?before=K} (next to the item with key K),
 * or the first page. Unlike {@code ?page=N} it keeps its meaning as items are added, and an index
 * finds it as fast at the millionth item as at the first. A missing or malformed key means the
 * first page.
 */
public record PagePosition(Edge edge, Long key, int size) {

    public enum Edge {
        /** The start of the list. */
        FIRST,
        /** The items that follow {@code key}. */
        AFTER,
        /** The items that precede {@code key}. */
        BEFORE
    }

    public PagePosition {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1: " + size);
        }
        if ((edge == Edge.FIRST) != (key == null)) {
            throw new IllegalArgumentException(edge + " with key " + key);
        }
    }

    /** The query parameters that name a position; {@link Paging} writes them into the links. */
    static final String AFTER = "after";
    static final String BEFORE = "before";

    /** The position that {@code request}'s {@code ?after=} or {@code ?before=} names. */
    public static PagePosition requestedIn(HttpServletRequest request, int size) {
        return parse(request.getParameter(AFTER), request.getParameter(BEFORE), size);
    }

    public static PagePosition first(int size) {
        return new PagePosition(Edge.FIRST, null, size);
    }

    /** The position named by the raw {@code after} and {@code before} parameters; {@code after} wins. */
    public static PagePosition parse(String after, String before, int size) {
        Long afterKey = parseKey(after);
        if (afterKey != null) {
            return new PagePosition(Edge.AFTER, afterKey, size);
        }
        Long beforeKey = parseKey(before);
        return beforeKey != null ? new PagePosition(Edge.BEFORE, beforeKey, size) : first(size);
    }

    private static Long parseKey(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long key = Long.parseLong(raw.strip());
            return key > 0 ? key : null;
        } catch (NumberFormatException notAKey) {
            return null;
        }
    }
}
