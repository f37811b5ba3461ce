/**
 * Lists shown a page at a time: a {@link org.flaskapp.platform.paging.Page} is one numbered slice
 * of a list (the {@code ?page=N} of an address), read newest first by
 * {@link org.flaskapp.platform.paging.NewestFirst}. Used by every section's services.
 */
package org.flaskapp.platform.paging;
