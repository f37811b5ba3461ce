package org.flaskapp.platform.urls;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A parameter of an address's query, decoded as UTF-8 (the pages' encoding) by the site itself:
 * the servers decode query strings differently (Payara as ISO-8859-1 unless told otherwise), and a
 * search for {@code café} must read the same on both. Lenient, as people type addresses: a broken
 * {@code %} escape is taken as written, a broken UTF-8 sequence becomes U+FFFD.
 */
public final class QueryString {

    private QueryString() {
    }

    /** The first value of {@code name} in {@code rawQuery} (as the request gives it, may be null). */
    public static Optional<String> parameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (key.equals(name)) {
                return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException brokenEscape) {
            return encoded.replace('+', ' ');
        }
    }
}
