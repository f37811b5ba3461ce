package org.flaskapp.platform.compression;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** When a body is sent gzip-compressed, and how it is compressed. */
public final class Gzip {

    /** Below this a body is sent as it is: gzip's own 18 bytes and a packet's worth gain nothing. */
    static final int SMALLEST = 256;

    private static final String ACCEPTED = Gzip.class.getName() + ".accepted";

    private static final Set<String> TEXT_TYPES = Set.of("text/html", "text/css", "text/plain", "text/xml",
            "application/json", "application/problem+json", "application/atom+xml", "application/xml",
            "application/yaml", "image/svg+xml");

    private Gzip() {
    }

    /**
     * Whether the client accepts gzip (RFC 9110, 12.5.3): {@code gzip} or {@code *} named with a
     * weight above zero, and gzip not refused by name.
     */
    public static boolean acceptedBy(HttpServletRequest request) {
        // asked by CompressionFilter and again where a kept body is sent: read the header once
        Object known = request.getAttribute(ACCEPTED);
        if (known instanceof Boolean accepted) {
            return accepted;
        }
        boolean accepted = accepts(request.getHeader("Accept-Encoding"));
        request.setAttribute(ACCEPTED, accepted);
        return accepted;
    }

    static boolean accepts(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean gzip = null;
        Boolean any = null;
        for (String element : acceptEncoding.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean wanted = weightOf(parts) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = wanted;
            } else if (coding.equals("*")) {
                any = wanted;
            }
        }
        return gzip != null ? gzip : Boolean.TRUE.equals(any);
    }

    private static double weightOf(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.charAt(1) == '=') {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException unreadable) {
                    return 0; // a weight that cannot be read does not ask for the coding
                }
            }
        }
        return 1;
    }

    /** Whether a body of this type is text that compresses (whatever its length). */
    public static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
        return TEXT_TYPES.contains(type.toLowerCase(Locale.ROOT));
    }

    /** Whether a body of this type and length is worth compressing. */
    public static boolean worthIt(String contentType, int length) {
        return length >= SMALLEST && compressible(contentType);
    }

    /** {@code bytes} gzip-compressed at {@code level} (a {@link Deflater} level). */
    public static byte[] compress(byte[] bytes, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new LeveledGzip(out, level)) {
            gzip.write(bytes);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return out.toByteArray();
    }

    /**
     * The entity tag of a gzip-compressed body, from that of the body as it is: made weak, as
     * nginx does, since the bytes differ but the content is the same. If-None-Match compares tags
     * weakly, so either form revalidates either.
     */
    public static String weakened(String etag) {
        return etag == null || etag.startsWith("W/") ? etag : "W/" + etag;
    }

    private static final class LeveledGzip extends GZIPOutputStream {

        LeveledGzip(ByteArrayOutputStream out, int level) throws IOException {
            super(out, 8192);
            def.setLevel(level);
        }
    }
}
