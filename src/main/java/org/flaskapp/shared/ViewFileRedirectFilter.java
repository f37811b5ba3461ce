package org.flaskapp.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a browser that asks for a view file such as {@code /posts/index.xhtml} to its clean URL
 * {@code /posts/} with a permanent redirect, so each page has exactly one address. Only direct
 * requests pass here: the container's own forward from {@code /posts/} to the welcome file does
 * not.
 */
@WebFilter(urlPatterns = "*.xhtml")
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
