package org.flaskapp.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A scripted visitor of the deployed site over real HTTP: it keeps cookies like a browser, does
 * not follow redirects by itself (tests look at them), and submits Faces forms the way a browser
 * does, with every hidden field of the form.
 */
public final class SiteClient {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public SiteClient(URL base) {
        this.base = URI.create(base.toString());
    }

    /** One answer from the server. */
    public record Page(int status, URI uri, HttpResponse<String> response) {

        public String body() {
            return response.body();
        }

        public Document document() {
            return Jsoup.parse(body(), uri.toString());
        }

        public Optional<String> location() {
            return response.headers().firstValue("Location");
        }

        public Optional<String> setCookie() {
            return response.headers().firstValue("Set-Cookie");
        }
    }

    /** GET of a path relative to the application, such as {@code posts/} or {@code posts?page=2}. */
    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** GET that follows redirects, as a browser's address bar does. */
    public Page open(String path) {
        Page page = get(path);
        for (int hops = 0; hops < 5 && page.location().isPresent(); hops++) {
            page = send(HttpRequest.newBuilder(page.uri().resolve(page.location().get())).GET());
        }
        return page;
    }

    /**
     * Submits the form with id {@code formId} of {@code page} by pressing the button named
     * {@code button}, after filling in {@code fields} (name to value).
     */
    public Page submit(Page page, String formId, Map<String, String> fields, String button) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form #" + formId + " on " + page.uri());
        }
        Map<String, String> values = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(hidden -> values.put(hidden.attr("name"), hidden.val()));
        values.putAll(fields);
        values.put(button, form.select("[name=" + cssEscape(button) + "]").val());
        String body = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        URI action = page.uri().resolve(form.attr("action"));
        return send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.uri(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String cssEscape(String name) {
        return "\"" + name.replace("\"", "\\\"") + "\"";
    }
}
