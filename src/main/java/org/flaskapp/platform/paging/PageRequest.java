package org.flaskapp.platform.paging;

/**
 * Which page of a newest-first list a visitor asked for, read leniently from the {@code page}
 * query parameter: a missing, malformed or non-positive number means the first page, so an odd
 * link still shows something sensible instead of an error.
 *
 * @param number the 1-based page number
 * @param size   how many items a page holds
 */
public record PageRequest(int number, int size) {

    public PageRequest {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1: " + size);
        }
        if (number < 1 || number > lastNumberFor(size)) {
            throw new IllegalArgumentException("no page " + number + " of " + size + " items");
        }
    }

    /**
     * The page named by a raw query parameter value, which may be null or garbage. A number too
     * large to count its items in an {@code int} means the furthest page there can be, which,
     * like any page past the end, shows the last page.
     */
    public static PageRequest parse(String rawNumber, int size) {
        return new PageRequest(Math.min(parseNumber(rawNumber), lastNumberFor(size)), size);
    }

    /** The highest page number whose offset still fits in an {@code int}, as JPA takes it. */
    private static int lastNumberFor(int size) {
        return Integer.MAX_VALUE / size;
    }

    private static int parseNumber(String raw) {
        if (raw == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(raw.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** How many items come before this page. */
    public int offset() {
        return (number - 1) * size;
    }

    /** The same page size at another page number. */
    public PageRequest withNumber(int otherNumber) {
        return new PageRequest(otherNumber, size);
    }

    /** The last page that holds any of {@code totalItems} items (the first page when there are none). */
    public PageRequest lastPageFor(long totalItems) {
        return withNumber((int) Math.max(1, (totalItems + size - 1) / size));
    }
}
