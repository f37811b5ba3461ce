package org.flaskapp.platform.paging;

import java.util.List;

/**
 * One page of a newest-first list. "Older" pages have higher numbers.
 *
 * @param items    what this page shows
 * @param number   the 1-based page number
 * @param hasOlder whether a page with older items follows
 */
public record Page<T>(List<T> items, int number, boolean hasOlder) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNewer() {
        return number > 1;
    }

    public int olderNumber() {
        return number + 1;
    }

    public int newerNumber() {
        return number - 1;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
