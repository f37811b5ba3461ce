package org.flaskapp.platform.sitemaps;

import java.util.List;

/** A section's lists of addresses for the sitemaps: each section that has any implements this as a CDI bean. */
public interface SitemapSource {

    /** Its lists, each with a name of its own among all sections. */
    List<SitemapList> lists();
}
