package org.flaskapp.platform.paging;

import java.util.List;

/**
 * A list that can be read a page at a time from any item in it, each read an index seek: what a
 * service gives {@link Paging#seek} for one list in one order. A key is an item's id; a list
 * ordered by something else looks up that item's sort value itself.
 */
public interface KeysetList<T> {

    /**
     * Up to {@code max} items that follow the item {@code key} in the list's order, or that start
     * the list when {@code key} is null.
     */
    List<T> following(Long key, int max);

    /**
     * Up to {@code max} items that precede the item {@code key}, the nearest first, or that end
     * the list (the last first) when {@code key} is null.
     */
    List<T> preceding(Long key, int max);
}
