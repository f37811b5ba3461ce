/**
 * Views kept as rendered: the HTML of a view is sent again, without rendering, until a write
 * commits. Sections take part by firing a {@link org.flaskapp.platform.cache.ContentChanged} event
 * from every write.
 */
package org.flaskapp.platform.cache;
