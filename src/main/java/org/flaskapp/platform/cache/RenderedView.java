package org.flaskapp.platform.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.flaskapp.platform.compression.GzipOnce;

/**
 * A view as it was sent to the visitor who had it rendered: its content type, the headers that
 * belong to the view (none that belong to one visitor or one connection), its encoded body, and an
 * entity tag derived from all of that; and its gzip form, made once when a client first accepts it.
 * <p>
 * The entity tag is a digest of the content rather than a counter: it stays the same when a write
 * changes other views, and it means the same after a restart, so browsers keep what they have for
 * as long as it is still true.
 */
public record RenderedView(String contentType, List<Header> headers, byte[] body, String etag, GzipOnce gzipped) {

    /** One header line; the lines of one name follow each other, in the order they were sent. */
    public record Header(String name, String value) {
    }

    public RenderedView {
        headers = List.copyOf(headers);
    }

    public RenderedView(String contentType, List<Header> headers, byte[] body, String etag) {
        this(contentType, headers, body, etag, new GzipOnce(body));
    }

    /** A view with the entity tag computed from its content type, headers and body. */
    public static RenderedView of(String contentType, List<Header> headers, byte[] body) {
        return new RenderedView(contentType, headers, body, entityTagOf(contentType, headers, body));
    }

    static String entityTagOf(String contentType, List<Header> headers, byte[] body) {
        MessageDigest sha256 = sha256();
        sha256.update(String.valueOf(contentType).getBytes(StandardCharsets.UTF_8));
        for (Header header : headers) {
            sha256.update(("\n" + header.name() + ": " + header.value()).getBytes(StandardCharsets.UTF_8));
        }
        sha256.update((byte) 0);
        sha256.update(body);
        byte[] digest = sha256.digest();
        // 128 bits are plenty to tell versions of one address apart.
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
