package org.flaskapp.search;

import java.util.Collection;
import java.util.List;

/**
 * A section's items as the search index takes them, read fresh from the database (never from
 * JPA's shared cache, which may not have heard of another server's write yet). Each section that
 * can be searched has one, as a CDI bean; the search finds them all.
 */
public interface SearchSource {

    /** The section's name: the first part of its items' keys, and {@code ?in=} on the search page. */
    String section();

    /** What one item is called on the results ("Post", "Question"). */
    String itemName();

    /** The item's own address, below the site's root ("/posts/12/"). */
    String address(long id);

    /** The items with these ids that exist; a missing id was deleted. */
    List<Searchable> items(Collection<Long> ids);

    /** Up to {@code max} ids after {@code afterId}, in order: a full build reads every item this way. */
    List<Long> idsAfter(long afterId, int max);

    /** How many items there are (the progress of a full build). */
    long count();
}
