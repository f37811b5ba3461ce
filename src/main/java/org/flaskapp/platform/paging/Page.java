package org.flaskapp.platform.paging;

import java.util.List;

/**
 * One page of a list, and the addresses of its neighbours: the query (after the {@code ?}) that
 * names the page of newer items and that of older items, or null when there is none. The first
 * page's query is empty.
 *
 * @param items      what this page shows
 * @param number     the 1-based page number of a numbered list ({@code ?page=N}), or 0 for a list
 *                   paged by position ({@link PagePosition})
 * @param newerQuery the neighbour towards the start of the list, or null
 * @param olderQuery the neighbour towards the end of the list, or null
 */
public record Page<T>(List<T> items, int number, String newerQuery, String olderQuery) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page with nothing on it and no neighbours. */
    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0, null, null);
    }

    /** The same neighbours around other items (the same items, turned into what a view shows). */
    public <U> Page<U> withItems(List<U> otherItems) {
        return new Page<>(otherItems, number, newerQuery, olderQuery);
    }

    // Getters for the views: Jakarta EL 5 reads properties through getters only, and calling a
    // method such as items() from a page costs a reflective search of all the class's methods at
    // every call (measured: the largest share of a rendered list's garbage).

    public List<T> getItems() {
        return items;
    }

    public int getNumber() {
        return number;
    }

    public String getNewerQuery() {
        return newerQuery;
    }

    public String getOlderQuery() {
        return olderQuery;
    }

    public boolean hasNewer() {
        return newerQuery != null;
    }

    public boolean hasOlder() {
        return olderQuery != null;
    }

    public boolean isNumbered() {
        return number > 0;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
