/**
 * Lists shown a page at a time. A {@link org.flaskapp.platform.paging.Page} is one slice of a
 * list with the addresses of its neighbours, read by {@link org.flaskapp.platform.paging.Paging}:
 * lists that grow without bound by position ({@link org.flaskapp.platform.paging.PagePosition},
 * {@code ?after=K}, an index seek whatever the depth), short ones by number ({@code ?page=N}).
 */
package org.flaskapp.platform.paging;
