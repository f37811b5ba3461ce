package org.flaskapp.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Answers a form post that is too large to read with 413 and a page that says so. Without it the
 * server would fail on such a post (its own limit is 2 MB) and show the visitor a 500 page.
 */
@WebFilter(urlPatterns = "/*")
public class FormSizeLimitFilter extends HttpFilter {

    /** The largest form post accepted, in bytes (1 MiB, well below the server's own limit). */
    public static final long MAX_FORM_BYTES = 1024 * 1024;

    /** Up to this much of a refused body is read and dropped, so that the browser, which
     *  sends the whole body before it reads the answer, gets to see the page. */
    private static final long MAX_DRAINED_BYTES = 16 * 1024 * 1024;

    private static final String TOO_LARGE_PAGE = "/WEB-INF/errorpages/413.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > MAX_FORM_BYTES) {
            drain(request);
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            // The page is rendered for a body-less request: reading this body would fail again.
            request.getRequestDispatcher(TOO_LARGE_PAGE).forward(new WithoutBody(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void drain(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() <= MAX_DRAINED_BYTES) {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
    }

    /** The request as a GET without parameters, so nothing downstream tries to read its body. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
