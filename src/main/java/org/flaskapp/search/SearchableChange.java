package org.flaskapp.search;

import java.util.Collection;

/**
 * A section's change event that also names the searchable items the write added, changed, hid or
 * deleted, so the search log can record them in the write's own transaction ({@link SearchLog}).
 */
public interface SearchableChange {

    Collection<ItemKey> searchableItems();
}
