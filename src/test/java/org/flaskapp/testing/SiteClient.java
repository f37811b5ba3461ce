package org.flaskapp.testing;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
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

    private static final String QUESTION_FORM = "question-form";

    private final URI base;
    private final CookieManager cookies;
    private final HttpClient http;

    public SiteClient(URL base) {
        this(URI.create(base.toString()), new CookieManager());
    }

    private SiteClient(URI base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                // as browsers speak to a site without TLS; HTTP/2 would be tried by an upgrade, which
                // one server takes and the other does not
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * The same visitor (the same cookies) at another address of the site, such as one server of
     * several behind a load balancer.
     */
    public SiteClient sameVisitorAt(URL otherAddress) {
        for (java.net.HttpCookie cookie : cookies.getCookieStore().get(base)) {
            cookies.getCookieStore().add(URI.create(otherAddress.toString()), cookie);
        }
        return new SiteClient(URI.create(otherAddress.toString()), cookies);
    }

    /** The application's root address. */
    public URL base() {
        try {
            return base.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One answer of the server to one request. */
    public record Response(int status, URI uri, HttpResponse<String> raw) {

        public String body() {
            return raw.body();
        }

        public Document document() {
            return Jsoup.parse(body(), uri.toString());
        }

        /** Where a redirect leads, as a path of this site (such as {@code /posts/42/}). */
        public String locationPath() {
            return location().orElseThrow().replaceFirst("^https?://[^/]+", "");
        }

        public Optional<String> location() {
            return header("Location");
        }

        public Optional<String> setCookie() {
            return header("Set-Cookie");
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }
    }

    /** GET of a path relative to the application, such as {@code posts/} or {@code posts?page=2}. */
    public Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** GET with extra request headers, given as name, value, name, value... */
    public Response get(String path, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).headers(headers).GET());
    }

    /** GET that follows redirects, as a browser's address bar does. */
    public Response open(String path) {
        Response page = get(path);
        for (int hops = 0; hops < 5 && page.location().isPresent(); hops++) {
            page = send(HttpRequest.newBuilder(page.uri().resolve(page.location().get())).GET());
        }
        return page;
    }

    /** Sends again the very request that {@code shown} answered, as a browser's reload does. */
    public Response reload(Response shown) {
        return send(HttpRequest.newBuilder(shown.raw().request(), (name, value) -> true));
    }

    /**
     * Submits the form with id {@code formId} of the view in {@code page} by pressing the button
     * named {@code button}, after filling in {@code fields} (name to value); the form's other
     * fields are sent as the page shows them.
     */
    public Response submit(Response page, String formId, Map<String, String> fields, String button) {
        return post(page, formId, fields, button, false, null);
    }

    /**
     * The same as {@link #submit}, but to another address ({@code path}, relative to the
     * application) than the form's own, as a forged form would be sent.
     */
    public Response submitTo(String path, Response page, String formId, Map<String, String> fields, String button) {
        return post(page, formId, fields, button, false, base.resolve(path));
    }

    /**
     * The same as {@link #submit}, with the body sent in chunks and no {@code Content-Length}, as
     * some clients and proxies send it.
     */
    public Response submitChunked(Response page, String formId, Map<String, String> fields, String button) {
        return post(page, formId, fields, button, true, null);
    }

    private Response post(Response page, String formId, Map<String, String> fields, String button, boolean chunked,
                          URI otherAction) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form #" + formId + " on " + page.uri());
        }
        Map<String, String> values = new LinkedHashMap<>();
        // what a browser sends of the form as it stands: every field but the buttons
        form.select("input[name]:not([type=submit]):not([type=button]), textarea[name]")
                .forEach(field -> values.put(field.attr("name"), field.val()));
        form.select("select[name]").forEach(select -> {
            Element chosen = select.selectFirst("option[selected]");
            Element option = chosen != null ? chosen : select.selectFirst("option");
            values.put(select.attr("name"), option == null ? "" : option.val());
        });
        values.putAll(fields);
        values.put(button, form.select("[name=" + cssEscape(button) + "]").val());
        byte[] body = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.US_ASCII);
        URI action = otherAction != null ? otherAction : page.uri().resolve(form.attr("action"));
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)) // length unknown
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(publisher));
    }

    /**
     * Any request, as a script or another site might send it: a method, a body of bytes (or null)
     * with its content type (or null), and headers as name, value, name, value...
     */
    public Response request(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /**
     * Sends {@code head} (the request line and headers, lines ending in CRLF, without the empty
     * line) and {@code body} over a plain socket, then closes its sending side, as a client that
     * stops half-way does; returns the status code of the answer, or -1 when the server closed
     * the connection without one.
     */
    public int sendRaw(String head, byte[] body) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            socket.shutdownOutput();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return statusLine == null ? -1 : Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form on /questions/ filled in with a question and its answer, and submitted. */
    public Response ask(String question, String answer) {
        return submit(get("questions/"), QUESTION_FORM, Map.of("content", question, "answer", answer), "submit");
    }

    /** The same as {@link #ask}, with the body sent in chunks. */
    public Response askChunked(String question, String answer) {
        return submitChunked(get("questions/"), QUESTION_FORM, Map.of("content", question, "answer", answer), "submit");
    }

    /** Signs in on /login/ with a name and password; the answer is a redirect when it worked. */
    public Response signIn(String name, String password) {
        return submit(get("login/"), "sign-in-form", Map.of("name", name, "password", password), "sign-in");
    }

    /** Presses the navigation bar's sign-out button on the posts page. */
    public Response signOut() {
        return submit(get("posts/"), "sign-out-form", Map.of(), "sign-out");
    }

    /** The session cookie that this client holds for the site, if any. */
    public Optional<String> sessionId() {
        return cookies.getCookieStore().get(base).stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.uri(), response);
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
