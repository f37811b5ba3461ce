package org.flaskapp.platform.sitemaps;

import java.time.Instant;

/**
 * One address in a sitemap.
 *
 * @param id       the item's id, by which its list is split into parts
 * @param path     its page in the site, such as {@code /posts/42/}
 * @param lastmod  when what its page shows last changed, or null when unknown
 */
public record SitemapItem(long id, String path, Instant lastmod) {
}
