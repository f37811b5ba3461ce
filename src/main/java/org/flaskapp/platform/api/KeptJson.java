package org.flaskapp.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
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
 * them from a browser ({@code Access-Control-Allow-Origin: *}).
 */
@ApplicationScoped
public class KeptJson {

    public static final String JSON = "application/json; charset=utf-8";
    public static final String PREFIX = "/api/v1";

    @Inject
    private ContentCache cache;

    @Inject
    private SiteAddress site;

    /**
     * The document that {@code make} writes (a {@link JsonText} value; null when there is nothing:
     * 404 with {@code notFound}), kept under {@code key}, which must name all it depends on but the
     * site's origin.
     */
    public Response send(HttpServletRequest request, String key, Supplier<Object> make, String notFound) {
        KeptDocument document = current(request, key, make);
        if (document == null) {
            throw new ApiProblem(404, notFound);
        }
        return answer(request, document);
    }

    /** {@code value} as a document made for this request alone (not kept), answered as {@link #send} does. */
    public Response sendUnkept(HttpServletRequest request, Object value) {
        return answer(request, KeptDocument.of(JSON, JsonText.bytes(value), null, Clock.systemUTC()));
    }

    private static Response answer(HttpServletRequest request, KeptDocument document) {
        if (ConditionalGet.matchesAny(request.getHeader("If-None-Match"), document.etag())) {
            return readable(Response.notModified()).header("ETag", document.etag()).build();
        }
        return readable(Response.ok(document.body(), JSON)).header("ETag", document.etag()).build();
    }

    /** The document as {@link #send} would send it now, or null. */
    public KeptDocument current(HttpServletRequest request, String key, Supplier<Object> make) {
        // absolute addresses made from the request's Host are kept for that origin alone
        String keptAs = "api " + (site.isFixed() ? "" : site.originOf(request)) + " " + key;
        return cache.document(keptAs, previous -> {
            Object value = make.get();
            return value == null ? null : KeptDocument.of(JSON, JsonText.bytes(value), previous, Clock.systemUTC());
        });
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

    private static Response.ResponseBuilder readable(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-cache")
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", "ETag");
    }
}
