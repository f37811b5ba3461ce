package org.flaskapp.platform.compression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text answers go gzip-compressed to a client that accepts gzip, and as they are to one that does
 * not; the two unpack to the same bytes. The stylesheet is kept for a year under its versioned
 * address.
 */
class CompressionIT extends DeployedSite {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern STYLESHEET = Pattern.compile("href=\"[^\"]*(/static/site\\.[A-Za-z0-9]{10}\\.css)\"");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a page kept in memory,        posts/",
            "a page rendered each time,    posts/?sort=title",
            "an API read,                  api/v1/posts",
            "a feed,                       posts/feed.atom",
            "the OpenAPI document,         openapi",
            "a page with a notice,         questions/?asked=1",
    })
    void aTextAnswerGoesCompressedToAClientThatAcceptsGzipAndUnpacksToTheSameBytes(String name, String path) {
        get(path, "identity"); // once kept, both forms below are the kept one
        HttpResponse<byte[]> plain = get(path, "identity");
        HttpResponse<byte[]> compressed = get(path, "gzip, deflate, br");

        assertEquals(plain.statusCode(), compressed.statusCode(), name);
        assertEquals("gzip", header(compressed, "Content-Encoding"), name);
        assertTrue(header(compressed, "Vary").contains("Accept-Encoding"), name + ": Vary " + header(compressed, "Vary"));
        assertEquals(String.valueOf(compressed.body().length), header(compressed, "Content-Length"), name);
        assertTrue(compressed.body().length < plain.body().length / 2,
                name + ": " + compressed.body().length + " of " + plain.body().length + " bytes");
        assertArrayEquals(plain.body(), gunzip(compressed.body()), name);
    }

    @Test
    void aPageOfMoreThanAQuarterMegabyteIsCompressedAsItIsWritten() {
        String marker = "Compressed as written " + UUID.randomUUID();
        SiteClient visitor = new SiteClient(base);
        assertEquals(302, visitor.ask(marker, "an answer of many words ".repeat(20_000)).status());
        String page = visitor.get("questions/").document().select(".question h3 a:contains(" + marker + ")").attr("href")
                .substring(base.getPath().length());

        HttpResponse<byte[]> plain = get(page, "identity");
        HttpResponse<byte[]> compressed = get(page, "gzip");

        assertTrue(plain.body().length > CompressingResponse.STREAM_ABOVE, plain.body().length + " bytes");
        assertEquals("gzip", header(compressed, "Content-Encoding"));
        // compressed as written, it has no length of the app's; a server may still count one
        // when the whole compressed body sits in its buffer at the end (WildFly does)
        String length = header(compressed, "Content-Length");
        assertTrue(length.isEmpty() || length.equals(String.valueOf(compressed.body().length)), length);
        assertArrayEquals(plain.body(), gunzip(compressed.body()));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"identity", "gzip;q=0", "deflate, br"})
    void aClientThatDoesNotAcceptGzipGetsTheBodyAsItIs(String acceptEncoding) {
        HttpResponse<byte[]> page = get("posts/", acceptEncoding);

        assertEquals("", header(page, "Content-Encoding"));
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("The Posts Page"));
    }

    @Test
    void aCompressedPagesEntityTagIsWeakAndRevalidatesEitherForm() {
        get("posts/", "identity");
        String strong = header(get("posts/", "identity"), "ETag");
        String weak = header(get("posts/", "gzip"), "ETag");

        assertEquals("W/" + strong, weak);
        assertEquals(304, get("posts/", "gzip", "If-None-Match", weak).statusCode());
        assertEquals(304, get("posts/", "identity", "If-None-Match", weak).statusCode());
    }

    @Test
    void theStylesheetIsKeptAYearUnderTheAddressEveryPageNamesAndRevalidatedUnderAnyOther() {
        Matcher link = STYLESHEET.matcher(new String(get("posts/", "identity").body(), StandardCharsets.UTF_8));
        assertTrue(link.find(), "the page links the stylesheet under a versioned address");
        String versioned = link.group(1).substring(1);

        HttpResponse<byte[]> current = get(versioned, "gzip");
        assertEquals(200, current.statusCode());
        assertEquals("public, max-age=31536000, immutable", header(current, "Cache-Control"));
        assertEquals("gzip", header(current, "Content-Encoding"));
        assertTrue(new String(gunzip(current.body()), StandardCharsets.UTF_8).contains("--pink:#d64161"));

        for (String other : new String[] {"static/site.css", "static/site.0123456789.css"}) {
            HttpResponse<byte[]> answer = get(other, "identity");
            assertEquals(200, answer.statusCode(), other);
            assertEquals("no-cache", header(answer, "Cache-Control"), other);
            assertEquals(new String(gunzip(current.body()), StandardCharsets.UTF_8),
                    new String(answer.body(), StandardCharsets.UTF_8), other + " is the current stylesheet");
        }
        assertEquals(404, get("static/other.js", "identity").statusCode());
    }

    @Test
    void aHeadRequestGetsNoBody() {
        HttpResponse<byte[]> head = send(HttpRequest.newBuilder(URI.create(base + "posts/feed.atom"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept-Encoding", "gzip").build());

        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertFalse(header(head, "Content-Length").isEmpty());
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", acceptEncoding);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("not gzip: " + gzipped.length + " bytes", e);
        }
    }
}
