package org.flaskapp.platform.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.flaskapp.platform.compression.Gzip;
import org.flaskapp.platform.compression.KeptBodies;

/**
 * Answers a GET or HEAD with a {@link KeptDocument} as RFC 9110 asks of a conditional request:
 * {@code If-None-Match} naming its entity tag gets 304; without that header, so does
 * {@code If-Modified-Since} at or after its {@code Last-Modified}. The body goes gzip-compressed to
 * a client that accepts it ({@link KeptBodies}).
 */
public final class ConditionalGet {

    private ConditionalGet() {
    }

    /** Sends {@code document}, or 304 when the client has it; the headers, and no body, to a HEAD. */
    public static void send(KeptDocument document, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(document, request, response, "no-cache");
    }

    /** As {@link #send(KeptDocument, HttpServletRequest, HttpServletResponse)}, kept by clients as {@code cacheControl} says. */
    public static void send(KeptDocument document, HttpServletRequest request, HttpServletResponse response,
            String cacheControl) throws IOException {
        boolean gzip = KeptBodies.gzipFor(request, response, document.contentType(), document.body().length);
        response.setHeader("ETag", gzip ? Gzip.weakened(document.etag()) : document.etag());
        response.setDateHeader("Last-Modified", document.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", cacheControl);
        if (notModified(request, document)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        KeptBodies.write(request, response, document.contentType(), document.body(), document.gzipped(), gzip);
    }

    /** Whether the client that sent {@code request} has {@code document} as it is (304). */
    public static boolean notModified(HttpServletRequest request, KeptDocument document) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) { // then If-Modified-Since is not read (RFC 9110, 13.2.2)
            return matchesAny(ifNoneMatch, document.etag());
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException notADate) {
            return false; // a date that cannot be read is ignored, as RFC 9110 asks
        }
        return since != -1 && document.lastModified().toEpochMilli() <= since;
    }

    /** Whether an {@code If-None-Match} header names {@code etag} (weak comparison, as RFC 9110 asks). */
    public static boolean matchesAny(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return ifNoneMatch.strip().equals("*") || Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(etag::equals);
    }
}
