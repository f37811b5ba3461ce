package org.flaskapp.platform.compression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GzipTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"gzip", "gzip, deflate, br", "deflate, gzip;q=0.5", "GZIP", "x-gzip", "*",
            "br;q=1.0, gzip;q=0.8, *;q=0.1", "identity, *;q=0.5", " gzip ; q=1 "})
    void acceptsGzipWhenTheClientNamesItOrAnyCoding(String acceptEncoding) {
        assertTrue(Gzip.accepts(acceptEncoding));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "identity", "deflate, br", "gzip;q=0", "gzip;q=0.0, deflate", "*;q=0",
            "*, gzip;q=0", "gzip;q=nonsense", "gzipped"})
    void refusesGzipWhenTheClientDoesNotAskOrRefusesIt(String acceptEncoding) {
        assertFalse(Gzip.accepts(acceptEncoding));
    }

    @Test
    void noHeaderMeansNoGzip() {
        assertFalse(Gzip.accepts(null));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource({
            "text/html;charset=UTF-8,             true",
            "text/css; charset=utf-8,             true",
            "application/json; charset=utf-8,     true",
            "application/problem+json,            true",
            "application/atom+xml; charset=utf-8, true",
            "application/xml,                     true",
            "TEXT/HTML,                           true",
            "image/png,                           false",
            "application/octet-stream,            false",
            "application/gzip,                    false",
    })
    void compressesTextOnly(String contentType, boolean compressible) {
        assertEquals(compressible, Gzip.compressible(contentType));
    }

    @Test
    void aTinyBodyIsNotWorthIt() {
        assertFalse(Gzip.worthIt("text/html", Gzip.SMALLEST - 1));
        assertTrue(Gzip.worthIt("text/html", Gzip.SMALLEST));
    }

    @Test
    void compressedBytesUnpackToTheOriginal() throws IOException {
        byte[] page = "<p>The Posts Page</p>\n".repeat(200).getBytes(StandardCharsets.UTF_8);

        byte[] gzipped = Gzip.compress(page, Deflater.BEST_SPEED);

        assertTrue(gzipped.length < page.length / 10, gzipped.length + " bytes");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            assertArrayEquals(page, in.readAllBytes());
        }
    }

    @Test
    void aCompressedBodysEntityTagIsWeak() {
        assertEquals("W/\"abc\"", Gzip.weakened("\"abc\""));
        assertEquals("W/\"abc\"", Gzip.weakened("W/\"abc\""));
    }
}
