package org.flaskapp.platform.urls;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a browser that asks for a view file such as {@code /posts/index.xhtml} to its clean URL
 * {@code /posts/} with a permanent redirect, so each view has exactly one address. A request for
 * {@code /posts/} reaches the Faces servlet through the welcome file, but keeps the address it
 * was sent to, so it is not redirected.
 */
public class ViewFileRedirectFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        String folder = CleanUrls.folderOf(path);
        if ("GET".equals(request.getMethod()) && !folder.equals(path)) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", query == null ? folder : folder + "?" + query);
            return;
        }
        chain.doFilter(request, response);
    }
}
