package org.flaskapp.search;

import java.util.List;

/**
 * One page of results, best first.
 *
 * @param hits     the page's results
 * @param total    how many matched ({@code totalIsAtLeast}: at least that many; counting stops early)
 * @param hasMore  whether a further page exists (there are never more than {@value #MAX_PAGES} pages)
 * @param timedOut whether the search stopped at its time limit, so that some matches may be missing
 */
public record SearchResults(List<SearchHit> hits, long total, boolean totalIsAtLeast, boolean hasMore, boolean timedOut) {

    public static final int PAGE_SIZE = 10;
    public static final int MAX_PAGES = 100;

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults none() {
        return new SearchResults(List.of(), 0, false, false, false);
    }
}
