package org.flaskapp.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Answers a form post that is too large with 413 and a view that says so, and stores nothing.
 * Without it the server would fail on such a post (its own limit is 2 MB) and show a 500 page, or
 * silently drop the fields of a chunked post and show the empty form.
 * <p>
 * A body whose length is announced ({@code Content-Length}) is judged by that number. A chunked
 * body announces none, so it is read here, up to one byte past the limit, and handed on as
 * {@link BufferedFormRequest}: the container can then not read it a second time, nor past the
 * limit.
 */
public class FormSizeLimitFilter extends HttpFilter {

    /** The largest form post accepted, in bytes (1 MiB, well below the server's own limit). */
    public static final int MAX_FORM_BYTES = 1024 * 1024;

    /** Up to this much of a refused body is read and dropped, so that the browser, which
     *  sends the whole body before it reads the answer, gets to see the view. */
    private static final long MAX_DRAINED_BYTES = 16 * 1024 * 1024;

    private static final String TOO_LARGE_VIEW = "/WEB-INF/errorpages/413.xhtml";
    private static final String BAD_REQUEST_VIEW = "/WEB-INF/errorpages/400.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long announced = request.getContentLengthLong();
        if (announced > MAX_FORM_BYTES) {
            drain(request.getInputStream(), announced <= MAX_DRAINED_BYTES ? announced : 0);
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE_VIEW);
        } else if (announced < 0 && request.getHeader("Transfer-Encoding") != null) {
            readChunked(request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void readChunked(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        InputStream body = request.getInputStream();
        byte[] upToTheLimit = body.readNBytes(MAX_FORM_BYTES + 1);
        if (upToTheLimit.length > MAX_FORM_BYTES) {
            drain(body, MAX_DRAINED_BYTES);
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE_VIEW);
            return;
        }
        BufferedFormRequest buffered;
        try {
            buffered = BufferedFormRequest.of(request, upToTheLimit);
        } catch (IllegalArgumentException malformed) { // such as a "%" not followed by two hex digits
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, BAD_REQUEST_VIEW);
            return;
        }
        chain.doFilter(buffered, response);
    }

    private static void drain(InputStream body, long atMost) throws IOException {
        byte[] buffer = new byte[8192];
        long left = atMost;
        int read;
        while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= read;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String view)
            throws IOException, ServletException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        // The view is rendered for a body-less request: reading this body would fail again.
        request.getRequestDispatcher(view).forward(new BodylessRequest(request), response);
    }
}
