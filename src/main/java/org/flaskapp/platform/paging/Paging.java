package org.flaskapp.platform.paging;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Supplier;

/**
 * How a JPA query becomes pages, letting the database do the limiting: a page reads one row more
 * than it shows (that row only tells whether a further page exists), and rows are counted only
 * when a visitor asks for a page past the end, to show the last page instead.
 */
public final class Paging {

    private Paging() {
    }

    /**
     * The requested page of what {@code rows} selects, or the last page when the request lies past
     * the end.
     *
     * @param rows  the query of the whole list, in its order, parameters bound
     * @param count makes the query that counts the list; asked only for a page past the end
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
        return new Page<>(hasOlder ? read.subList(0, request.size()) : read, request.number(), hasOlder);
    }
}
