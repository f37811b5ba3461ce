package org.flaskapp.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flaskapp.shared.RenderedPages.Rendered;

/**
 * Sends a page that was rendered before and is still current (see {@link RenderedPages}) instead
 * of rendering it again, and keeps each page it lets Faces render. Only a plain GET of a page or
 * of one of its first few {@code ?page=N} addresses is kept, so the number of kept pages is small
 * and fixed (at most six per view), whatever addresses visitors make up.
 * <p>
 * A page is kept only when it could not differ for another visitor: a 200 answer, no HTTP session
 * and no cookie; a visitor who has a session always gets the page rendered. Pages are stateless
 * views, so even the question form's hidden fields are the same for everyone.
 */
@WebFilter(servletNames = "Faces Servlet")
public class RenderedPageCache extends HttpFilter {

    /** The addresses kept besides the page itself: the first pages of a list are read most. */
    private static final Pattern KEPT_QUERY = Pattern.compile("page=[1-5]");

    @Inject
    private RenderedPages pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> key = keyOf(request);
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Rendered> kept = pages.find(key.get());
        if (kept.isPresent()) {
            send(kept.get(), response);
            return;
        }
        long version = pages.version();
        Recording recording = new Recording(response);
        chain.doFilter(request, recording);
        if (recording.isComplete() && response.getStatus() == HttpServletResponse.SC_OK
                && request.getSession(false) == null && !response.containsHeader("Set-Cookie")) {
            pages.keep(key.get(), version, recording.rendered());
        }
    }

    /**
     * The view and query of a request whose page may be kept, else empty. The view file (such as
     * {@code /posts/index.xhtml}) rather than the address as typed, so that spellings of one
     * address share one entry.
     */
    private static Optional<String> keyOf(HttpServletRequest request) {
        String query = request.getQueryString();
        if (!"GET".equals(request.getMethod()) || query != null && !KEPT_QUERY.matcher(query).matches()
                || request.getRequestedSessionId() != null) { // a visitor with a session may see more
            return Optional.empty();
        }
        String view = request.getServletPath();
        return Optional.of(query == null ? view : view + "?" + query);
    }

    private static void send(Rendered page, HttpServletResponse response) throws IOException {
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /**
     * Passes the page on to the visitor as it is written and keeps a copy. Faces writes pages
     * through the writer; a page written as bytes, or reset half-way, is passed on but not kept.
     */
    private static final class Recording extends HttpServletResponseWrapper {

        private final CharArrayWriter copy = new CharArrayWriter(8 * 1024);
        private PrintWriter writer;
        private boolean complete = true;

        Recording(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new Tee(super.getWriter(), copy));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            complete = false;
            return super.getOutputStream();
        }

        @Override
        public void reset() {
            complete = false;
            super.reset();
        }

        @Override
        public void resetBuffer() {
            complete = false;
            super.resetBuffer();
        }

        boolean isComplete() {
            return complete && writer != null;
        }

        Rendered rendered() {
            Charset charset = Charset.forName(getCharacterEncoding());
            return new Rendered(getContentType(), copy.toString().getBytes(charset));
        }
    }

    /**
     * A writer that writes to two. The copy gets all that the page wrote even if the visitor left
     * half-way: the container's writer does not throw.
     */
    private static final class Tee extends Writer {

        private final Writer out;
        private final Writer copy;

        Tee(Writer out, Writer copy) {
            this.out = out;
            this.copy = copy;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            out.write(chars, offset, length);
            copy.write(chars, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
