package org.flaskapp.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.flaskapp.platform.cache.ConditionalGet;
import org.flaskapp.platform.cache.KeptDocument;

/**
 * {@code /openapi}: the OpenAPI 3 document of the API, as written in {@code api/openapi.json} (kept
 * with the code, reviewed with it, the same on every server, whatever Jakarta REST implementation
 * runs the API): JSON to a client that accepts {@code application/json}, else YAML.
 */
public class OpenApiServlet extends HttpServlet {

    static final String SOURCE = "/api/openapi.json";

    private KeptDocument json;
    private KeptDocument yaml;

    @Override
    public void init() throws ServletException {
        byte[] source = read();
        json = KeptDocument.of("application/json; charset=utf-8", source, null, Clock.systemUTC());
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(source))) {
            yaml = KeptDocument.of("application/yaml; charset=utf-8",
                    YamlText.of(reader.readValue()).getBytes(StandardCharsets.UTF_8), null, Clock.systemUTC());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        boolean asJson = accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
        response.setHeader("Vary", "Accept");
        response.setHeader("Access-Control-Allow-Origin", "*");
        ConditionalGet.send(asJson ? json : yaml, request, response);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    private static byte[] read() {
        try (InputStream source = OpenApiServlet.class.getResourceAsStream(SOURCE)) {
            if (source == null) {
                throw new IllegalStateException(SOURCE + " is missing from the WAR");
            }
            return source.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
