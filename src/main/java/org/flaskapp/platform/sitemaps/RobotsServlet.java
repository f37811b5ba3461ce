package org.flaskapp.platform.sitemaps;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.flaskapp.platform.urls.SiteAddress;

/**
 * {@code /robots.txt}: crawlers are welcome everywhere but where people sign in, write and
 * administer (and the search and the JSON API, whose content is the pages' own), and are told where the
 * sitemap is (an absolute address, as the sitemaps protocol asks).
 */
public class RobotsServlet extends HttpServlet {

    static final List<String> DISALLOWED = List.of("/login/", "/account/", "/admin/", "/posts/new/",
            "/posts/edit/", "/posts/delete/", "/questions/delete/", "/about/edit/", "/search/", "/api/");

    @Inject
    private SiteAddress site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder robots = new StringBuilder("User-agent: *\n");
        for (String path : DISALLOWED) {
            robots.append("Disallow: ").append(request.getContextPath()).append(path).append('\n');
        }
        robots.append("\nSitemap: ").append(site.absolute(request, SitemapServlet.INDEX)).append('\n');
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().write(robots.toString());
    }
}
