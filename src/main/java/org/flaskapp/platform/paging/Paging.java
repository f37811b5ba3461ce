package org.flaskapp.platform.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** How any list becomes pages, whatever query reads it. */
public final class Paging {

    private Paging() {
    }

    /**
     * The requested page, or the last page when the request lies past the end.
     *
     * @param rows  reads, for a page request, up to one row more than the page holds (that row only
     *              tells whether a further page exists), starting at the request's offset
     * @param total counts the rows; asked only for a page past the end
     */
    public static <T> Page<T> page(PageRequest request, Function<PageRequest, List<T>> rows, LongSupplier total) {
        Page<T> page = slice(request, rows);
        if (page.isEmpty() && request.number() > 1) {
            page = slice(request.lastPageFor(total.getAsLong()), rows);
        }
        return page;
    }

    private static <T> Page<T> slice(PageRequest request, Function<PageRequest, List<T>> rows) {
        List<T> read = rows.apply(request);
        boolean hasOlder = read.size() > request.size();
        return new Page<>(hasOlder ? read.subList(0, request.size()) : read, request.number(), hasOlder);
    }
}
