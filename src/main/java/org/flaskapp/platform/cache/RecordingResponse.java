package org.flaskapp.platform.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flaskapp.platform.operations.RequestIdFilter;

/**
 * Passes a view on to the visitor as it is written and keeps a copy of its body and headers. Faces
 * writes views through the writer; a view written as bytes, or reset half-way, is passed on but
 * not kept.
 */
final class RecordingResponse extends HttpServletResponseWrapper {

    /**
     * Headers that belong to one visitor, one connection, one request or one moment, not to the
     * view: they are never sent again. Content-Type and Content-Length are kept apart, and ETag is
     * the cache's own.
     */
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "date", "connection", "keep-alive",
            "transfer-encoding", "content-length", "content-type", "etag", RequestIdFilter.HEADER.toLowerCase(Locale.ROOT));

    private final CharArrayWriter copy = new CharArrayWriter(8 * 1024);
    private PrintWriter writer;
    private boolean complete = true;

    RecordingResponse(HttpServletResponse response) {
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

    /** Whether the whole view went through the writer, so that {@link #rendered()} holds all of it. */
    boolean isComplete() {
        return complete && writer != null;
    }

    /** The view as the visitor got it. */
    RenderedView rendered() {
        Charset charset = Charset.forName(getCharacterEncoding());
        return RenderedView.of(getContentType(), headers(), copy.toString().getBytes(charset));
    }

    private List<RenderedView.Header> headers() {
        List<RenderedView.Header> headers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : getHeaderNames()) {
            String lowerCase = name.toLowerCase(Locale.ROOT);
            if (NOT_KEPT.contains(lowerCase) || !seen.add(lowerCase)) {
                continue;
            }
            for (String value : getHeaders(name)) {
                headers.add(new RenderedView.Header(name, value));
            }
        }
        return headers;
    }

    /**
     * A writer that writes to two. The copy gets all that the view wrote even if the visitor left
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
