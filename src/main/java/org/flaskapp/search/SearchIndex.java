package org.flaskapp.search;

import java.util.Collection;

/**
 * The one door to the search index of this server: {@link SearchFeed} keeps it current from the
 * database, {@link SearchService} asks it. The default is embedded (Lucene, a folder per server);
 * another engine (OpenSearch, Elasticsearch) would be another implementation of this interface,
 * shared by every server (docs/search.md).
 */
public interface SearchIndex {

    /** The state as of the last change put in (an index that was never built: empty origin). */
    IndexState state();

    /**
     * Puts {@code items} in (replacing their older versions), takes {@code removed} out and moves
     * the state to {@code after}, all visible to searches at once.
     */
    void update(Collection<Searchable> items, Collection<ItemKey> removed, IndexState after);

    /** Empties the index, to be built again from the state {@code fresh}. */
    void clear(IndexState fresh);

    /** Makes what was put in so far survive a restart. */
    void commit();

    /** A page of results (counted from 1), best match first, newer first among equal matches. */
    SearchResults search(SearchQuery query, SearchScope scope, int page);

    /** How many items it holds. */
    long size();
}
