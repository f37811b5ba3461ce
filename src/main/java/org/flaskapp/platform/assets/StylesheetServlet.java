package org.flaskapp.platform.assets;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.flaskapp.platform.cache.ConditionalGet;

/**
 * {@code /static/*}: the stylesheet ({@link Stylesheet}). Under its current address it is kept by
 * browsers for a year ({@code immutable}: not even revalidated on a reload). Under any other
 * {@code site.*.css} (a page from a server with another version, during a rolling update) and
 * {@code site.css} it is the current stylesheet, revalidated each time.
 */
public class StylesheetServlet extends HttpServlet {

    private static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

    @Inject
    private Stylesheet stylesheet;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!name.equals("/site.css") && !name.matches("/site\\.[A-Za-z0-9]{1,40}\\.css")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean current = (Stylesheet.FOLDER + name.substring(1)).equals(stylesheet.getAddress());
        ConditionalGet.send(stylesheet.document(), request, response, current ? FOR_A_YEAR : "no-cache");
    }
}
