package org.flaskapp.platform.paging;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * How lists become pages, letting the database do the limiting: a page reads one item more than
 * it shows (that item only tells whether a further page exists).
 * <p>
 * Two ways: {@link #seek} pages by position ({@code ?after=K}, see {@link PagePosition}), every
 * page an index seek, for lists that grow without bound (posts, questions); {@link #page} by
 * number ({@code ?page=N}, an offset), for short lists such as one question's answers.
 */
public final class Paging {

    private Paging() {
    }

    /**
     * The page at {@code position} of {@code list}. A page after the last item shows the last page;
     * a page before the first item, or one that would be short of items there, the first page.
     *
     * @param keyOf the key of an item, as {@code ?after=} names it
     */
    public static <T> Page<T> seek(PagePosition position, KeysetList<T> list, ToLongFunction<T> keyOf) {
        int size = position.size();
        return switch (position.edge()) {
            case FIRST -> following(null, list, keyOf, size);
            case AFTER -> {
                Page<T> page = following(position.key(), list, keyOf, size);
                yield page.isEmpty() ? last(list, keyOf, size) : page;
            }
            case BEFORE -> {
                List<T> read = list.preceding(position.key(), size + 1);
                yield read.size() <= size
                        ? following(null, list, keyOf, size)
                        : new Page<>(reversed(read.subList(0, size)), 0, before(keyOf.applyAsLong(read.get(size - 1))),
                                olderThan(read.get(0), list, keyOf));
            }
        };
    }

    private static <T> Page<T> following(Long key, KeysetList<T> list, ToLongFunction<T> keyOf, int size) {
        List<T> read = list.following(key, size + 1);
        List<T> items = read.size() > size ? read.subList(0, size) : read;
        String newer = key == null || items.isEmpty() ? null : newerThan(items.get(0), list, keyOf);
        String older = read.size() > size ? after(keyOf.applyAsLong(items.get(size - 1))) : null;
        return new Page<>(items, 0, newer, older);
    }

    private static <T> Page<T> last(KeysetList<T> list, ToLongFunction<T> keyOf, int size) {
        List<T> items = reversed(list.preceding(null, size));
        return new Page<>(items, 0, items.isEmpty() ? null : newerThan(items.get(0), list, keyOf), null);
    }

    /** The address of the page before {@code first}, if any item precedes it. */
    private static <T> String newerThan(T first, KeysetList<T> list, ToLongFunction<T> keyOf) {
        long key = keyOf.applyAsLong(first);
        return list.preceding(key, 1).isEmpty() ? null : before(key);
    }

    /** The address of the page after {@code last}, if any item follows it. */
    private static <T> String olderThan(T last, KeysetList<T> list, ToLongFunction<T> keyOf) {
        long key = keyOf.applyAsLong(last);
        return list.following(key, 1).isEmpty() ? null : after(key);
    }

    private static String after(long key) {
        return PagePosition.AFTER + "=" + key;
    }

    private static String before(long key) {
        return PagePosition.BEFORE + "=" + key;
    }

    private static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    /**
     * The requested numbered page of what {@code rows} selects, or the last page when the request
     * lies past the end (the rows are counted only then).
     *
     * @param rows  the query of the whole list, in its order, parameters bound
     * @param count makes the query that counts the list
     */
    public static <T> Page<T> page(PageRequest request, TypedQuery<T> rows, Supplier<TypedQuery<Long>> count) {
        Page<T> page = slice(request, rows);
        if (page.isEmpty() && request.number() > 1) {
            page = slice(request.lastPageFor(count.get().getSingleResult()), rows);
        }
        return page;
    }

    private static <T> Page<T> slice(PageRequest request, TypedQuery<T> rows) {
        List<T> read = rows.setFirstResult(request.offset()).setMaxResults(request.size() + 1).getResultList();
        boolean hasOlder = read.size() > request.size();
        int number = request.number();
        return new Page<>(hasOlder ? read.subList(0, request.size()) : read, number,
                number == 1 ? null : number == 2 ? "" : "page=" + (number - 1),
                hasOlder ? "page=" + (number + 1) : null);
    }
}
