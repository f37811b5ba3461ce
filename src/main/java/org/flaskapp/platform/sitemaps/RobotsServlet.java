package org.flaskapp.platform.sitemaps;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.flaskapp.platform.urls.SiteAddress;

/**
 * {@code /robots.txt}: crawlers are welcome everywhere but in search results and the JSON API (whose
 * content is the pages' own), and are told where the
 * sitemap is (an absolute address, as the sitemaps protocol asks).
 */
public class RobotsServlet extends HttpServlet {

    // "/search/?": the results of a search (the search page itself may be found); crawlers match
    // by prefix. Pages for signed-in users need no line: no visitor's page links them, and a
    // crawler that asks is sent to the sign-in page, which may be found (it is where authors start).
    static final List<String> DISALLOWED = List.of("/search/?", "/api/");

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
