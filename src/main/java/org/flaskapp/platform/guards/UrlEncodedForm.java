package org.flaskapp.platform.guards;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (a form post's body, or a query string)
 * strictly: a {@code %} must be followed by two hex digits, and the bytes must be UTF-8, the
 * encoding of every view of this site. Containers decode leniently and differently (one drops a
 * malformed field, another replaces bad bytes with U+FFFD), which would store what the visitor did
 * not send; here such a form is refused as a whole.
 */
final class UrlEncodedForm {

    /** Thrown for text that is not a well-formed urlencoded form. */
    static final class MalformedFormException extends Exception {
        MalformedFormException(String message) {
            super(message);
        }
    }

    private UrlEncodedForm() {
    }

    /** Adds the fields of {@code encoded} to {@code fields}, in order; a name may repeat. */
    static void decodeInto(Map<String, List<String>> fields, byte[] encoded) throws MalformedFormException {
        int start = 0;
        while (start <= encoded.length) {
            int end = indexOf(encoded, (byte) '&', start, encoded.length);
            if (end > start) { // "a=1&&b=2" has an empty pair, which names nothing
                int equals = indexOf(encoded, (byte) '=', start, end);
                String name = decode(encoded, start, equals);
                String value = equals < end ? decode(encoded, equals + 1, end) : "";
                fields.computeIfAbsent(name, any -> new ArrayList<>()).add(value);
            }
            start = end + 1;
        }
    }

    /** The fields of {@code encoded}, in order. */
    static Map<String, List<String>> decode(byte[] encoded) throws MalformedFormException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        decodeInto(fields, encoded);
        return fields;
    }

    /** The first {@code wanted} in {@code bytes[from, to)}, or {@code to}. */
    private static int indexOf(byte[] bytes, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return to;
    }

    private static String decode(byte[] encoded, int from, int to) throws MalformedFormException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = encoded[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%') {
                int high = i + 2 < to ? Character.digit(encoded[i + 1], 16) : -1;
                int low = i + 2 < to ? Character.digit(encoded[i + 2], 16) : -1;
                if (high < 0 || low < 0) {
                    throw new MalformedFormException("a % without two hex digits after it");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new MalformedFormException("bytes that are not UTF-8");
        }
    }
}
