package org.flaskapp.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.flaskapp.platform.cache.ConditionalGet;
import org.flaskapp.platform.cache.ContentCache;
import org.flaskapp.platform.cache.KeptDocument;
import org.flaskapp.platform.urls.SiteAddress;

/**
 * The API's reads: each JSON document is kept like a feed ({@link ContentCache#document}: current
 * within a second of a write on any server), sent with its entity tag (the digest of its bytes, so
 * the same from every server), and not sent again to a client that names that tag in
 * {@code If-None-Match} (304). Reads carry no session and no credentials, so any site may show
 * them from a browser ({@code Access-Control-Allow-Origin: *}). A read kept and current is sent
 * by {@link KeptApiReadsFilter} before Jakarta REST is asked.
 */
@ApplicationScoped
public class KeptJson {

    public static final String JSON = "application/json; charset=utf-8";
    public static final String PREFIX = "/api/v1";
    /** What every read carries besides its ETag: revalidate each time; any site may show it. */
    static final Map<String, String> READ_HEADERS = Map.of("Cache-Control", "no-cache",
            "Access-Control-Allow-Origin", "*", "Access-Control-Expose-Headers", "ETag");

    @Inject
    private ContentCache cache;

    @Inject
    private SiteAddress site;

    /**
     * The document that {@code make} writes (a {@link JsonText} value; null when there is nothing:
     * 404 with {@code notFound}), kept under the request's address (its path and query: all a read
     * depends on, with the site's origin), where {@link KeptApiReadsFilter} finds it next time.
     */
    public Response send(HttpServletRequest request, Supplier<Object> make, String notFound) {
        KeptDocument document = cache.document(keyOf(request), previous -> {
            Object value = make.get();
            return value == null ? null : KeptDocument.of(JSON, JsonText.bytes(value), previous, Clock.systemUTC());
        });
        if (document == null) {
            throw new ApiProblem(404, notFound);
        }
        return answer(request, document);
    }

    /** The document kept for {@code request}'s address, if it is current. */
    Optional<KeptDocument> kept(HttpServletRequest request) {
        return cache.keptDocument(keyOf(request));
    }

    private String keyOf(HttpServletRequest request) {
        // absolute addresses made from the request's Host are kept for that origin alone
        return "api " + (site.isFixed() ? "" : site.originOf(request)) + " " + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    /** {@code value} as a document made for this request alone (not kept), answered as {@link #send} does. */
    public Response sendUnkept(HttpServletRequest request, Object value) {
        return answer(request, KeptDocument.of(JSON, JsonText.bytes(value), null, Clock.systemUTC()));
    }

    private static Response answer(HttpServletRequest request, KeptDocument document) {
        // as ConditionalGet answers it when KeptApiReadsFilter finds it kept
        Response.ResponseBuilder response = ConditionalGet.notModified(request, document)
                ? Response.notModified() : Response.ok(document.body(), JSON);
        READ_HEADERS.forEach(response::header);
        return response.header("ETag", document.etag())
                .lastModified(Date.from(document.lastModified())).build();
    }

    /** The entity tag of {@code value} as a document: what {@link #send} names it by. */
    public static String entityTagOf(Object value) {
        return KeptDocument.of(JSON, JsonText.bytes(value), null, Clock.systemUTC()).etag();
    }

    /** The absolute address of the API's {@code path} (such as {@code /posts/42}). */
    public String address(HttpServletRequest request, String path) {
        return site.absolute(request, PREFIX + path);
    }

    /** The absolute address of a page of the site ({@code /posts/42/}). */
    public String page(HttpServletRequest request, String path) {
        return site.absolute(request, path);
    }

}
