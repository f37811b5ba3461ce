/**
 * Lists shown a page at a time: a {@link org.flaskapp.platform.paging.Page} is one numbered slice
 * of a list (the {@code ?page=N} of an address), read by
 * {@link org.flaskapp.platform.paging.Paging} from any JPA query. Used by every section's services.
 */
package org.flaskapp.platform.paging;
