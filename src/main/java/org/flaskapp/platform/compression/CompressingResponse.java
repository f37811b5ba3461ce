package org.flaskapp.platform.compression;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A response to a client that accepts gzip. When its body is first asked for, it decides: a text
 * body (see {@link Gzip#compressible}) of an answer that has one, not already encoded, is kept
 * back and compressed when the request is done ({@link #finish}); anything else goes as it is.
 * Pages here are a few kilobytes, so keeping one back costs little, and the answer then carries
 * its exact length. A body that grows past {@link #STREAM_ABOVE} (a sitemap of 50,000 addresses
 * is 4.8 MB) is compressed as it is written instead, without a length. An error sent instead
 * ({@code sendError}, a redirect) drops what was kept back.
 */
final class CompressingResponse extends HttpServletResponseWrapper {

    /** Past this many bytes a body is compressed as it is written. */
    static final int STREAM_ABOVE = 256 * 1024;

    private boolean decided;
    private Body keptBack; // the body to compress, once decided so
    private ServletOutputStream stream;
    private PrintWriter writer;
    private long contentLength = -1; // as the app set it, sent only if the body goes as it is

    CompressingResponse(HttpServletResponse response) {
        super(response);
    }

    private boolean compressing() {
        if (!decided) {
            decided = true;
            int status = getStatus();
            boolean hasBody = status != SC_NO_CONTENT && status != SC_NOT_MODIFIED;
            if (hasBody && !containsHeader("Content-Encoding") && Gzip.compressible(getContentType())) {
                keptBack = new Body();
            } else if (contentLength >= 0) {
                super.setContentLengthLong(contentLength);
            }
        }
        return keptBack != null;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!compressing()) {
            return super.getOutputStream();
        }
        if (writer != null) {
            throw new IllegalStateException("getWriter() has been called on this response");
        }
        if (stream == null) {
            stream = new KeptBackStream(keptBack);
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!compressing()) {
            return super.getWriter();
        }
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() has been called on this response");
        }
        if (writer == null) {
            String charset = getCharacterEncoding();
            super.setCharacterEncoding(charset); // named in Content-Type, as getWriter() would
            writer = new PrintWriter(new OutputStreamWriter(keptBack, Charset.forName(charset)), false);
        }
        return writer;
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        if (decided && keptBack == null) {
            super.setContentLengthLong(length);
        } else {
            contentLength = length;
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!tookAsLength(name, value)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!tookAsLength(name, value)) {
            super.addHeader(name, value);
        }
    }

    /** A length set as a header is one set by {@link #setContentLengthLong}: sent only for a body as it is. */
    private boolean tookAsLength(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name) || value == null) {
            return false;
        }
        setContentLengthLong(Long.parseLong(value.strip()));
        return true;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (keptBack == null) {
            super.flushBuffer();
            return;
        }
        if (writer != null) {
            writer.flush(); // into what is kept back: the answer goes whole at the end
        }
        if (keptBack.streaming != null) {
            keptBack.streaming.flush();
            super.flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        if (keptBack != null) {
            if (writer != null) {
                writer.flush();
            }
            keptBack.kept.reset();
        }
    }

    @Override
    public void reset() {
        super.reset();
        decided = false;
        keptBack = null;
        stream = null;
        writer = null;
        contentLength = -1;
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        dropKeptBack();
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        dropKeptBack();
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        dropKeptBack();
        super.sendRedirect(location);
    }

    private void dropKeptBack() {
        decided = true;
        keptBack = null;
    }

    /** Sends what was kept back: gzip-compressed when it is worth it. Called once the request is done. */
    void finish() throws IOException {
        if (!decided) {
            if (contentLength >= 0) {
                super.setContentLengthLong(contentLength);
            }
            return;
        }
        if (keptBack == null) {
            return;
        }
        if (writer != null) {
            writer.flush();
        }
        if (keptBack.streaming != null) {
            keptBack.streaming.finish();
            return;
        }
        if (isCommitted()) {
            return;
        }
        byte[] body = keptBack.kept.toByteArray();
        varyByEncoding();
        if (body.length >= Gzip.SMALLEST) {
            // made for this request alone: the fastest level (kept bodies are compressed harder, once)
            body = Gzip.compress(body, Deflater.BEST_SPEED);
            sayCompressed();
        }
        super.setContentLengthLong(body.length);
        super.getOutputStream().write(body);
    }

    private void sayCompressed() {
        super.setHeader("Content-Encoding", "gzip");
        String etag = getHeader("ETag");
        if (etag != null) {
            super.setHeader("ETag", Gzip.weakened(etag));
        }
    }

    private void varyByEncoding() {
        String vary = getHeader("Vary");
        if (vary == null || vary.isBlank()) {
            super.setHeader("Vary", "Accept-Encoding");
        } else if (!vary.toLowerCase(Locale.ROOT).contains("accept-encoding") && !vary.strip().equals("*")) {
            super.setHeader("Vary", vary + ", Accept-Encoding");
        }
    }

    /** Where the app's bytes go: kept back, or once past {@link #STREAM_ABOVE} compressed as they come. */
    private final class Body extends OutputStream {

        private final ByteArrayOutputStream kept = new ByteArrayOutputStream(8192);
        private GZIPOutputStream streaming;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (streaming != null) {
                streaming.write(bytes, offset, length);
                return;
            }
            kept.write(bytes, offset, length);
            if (kept.size() > STREAM_ABOVE) {
                varyByEncoding();
                sayCompressed();
                streaming = new GZIPOutputStream(CompressingResponse.super.getOutputStream(), 8192);
                kept.writeTo(streaming);
                kept.reset();
            }
        }
    }

    /** The app's output stream while its body is kept back. */
    private static final class KeptBackStream extends ServletOutputStream {

        private final Body body;

        KeptBackStream(Body body) {
            this.body = body;
        }

        @Override
        public void write(int b) throws IOException {
            body.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            body.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("not an asynchronous response");
        }
    }
}
