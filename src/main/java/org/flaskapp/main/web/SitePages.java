package org.flaskapp.main.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.flaskapp.platform.sitemaps.SitemapItem;
import org.flaskapp.platform.sitemaps.SitemapList;
import org.flaskapp.platform.sitemaps.SitemapSource;

/** The site's own pages in the sitemaps: the home page, the sections' lists, about and contact. */
@ApplicationScoped
public class SitePages implements SitemapSource {

    static final List<String> PAGES = List.of("/", "/posts/", "/posts/categories/", "/questions/", "/about/", "/contact/");

    /** A page's id in its list is its place in {@link #PAGES}, from 1. */
    @Override
    public List<SitemapList> lists() {
        return List.of(new SitemapList("pages",
                after -> after < PAGES.size() ? OptionalLong.of(after + 1) : OptionalLong.empty(),
                (after, through, max) -> IntStream.range((int) after, (int) Math.min(Math.min(through, PAGES.size()), after + max))
                        .mapToObj(index -> new SitemapItem(index + 1, PAGES.get(index), null))
                        .toList()));
    }
}
