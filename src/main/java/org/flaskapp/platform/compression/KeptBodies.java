package org.flaskapp.platform.compression;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a body kept in memory (a kept view, a feed, an API read) in the encoding the client
 * accepts: its gzip form ({@link GzipOnce}) when the client accepts gzip and the body is text worth
 * compressing, else as it is. The {@link CompressionFilter} leaves such an answer alone.
 */
public final class KeptBodies {

    private KeptBodies() {
    }

    /**
     * Whether the body goes gzip-compressed; says so in {@code Vary} for any text body, since caches
     * between must keep the two forms apart. Call before the entity tag is set (see
     * {@link Gzip#weakened}).
     */
    public static boolean gzipFor(HttpServletRequest request, HttpServletResponse response, String contentType,
            int length) {
        if (!Gzip.compressible(contentType)) {
            return false;
        }
        response.setHeader("Vary", "Accept-Encoding");
        return Gzip.worthIt(contentType, length) && Gzip.acceptedBy(request);
    }

    /** Writes {@code body}, or its gzip form when {@code gzip}; the headers alone to a HEAD. */
    public static void write(HttpServletRequest request, HttpServletResponse response, String contentType,
            byte[] body, GzipOnce gzipped, boolean gzip) throws IOException {
        byte[] sent = gzip ? gzipped.bytes() : body;
        response.setContentType(contentType);
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(sent.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(sent);
        }
    }
}
