package org.flaskapp.platform.urls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site's absolute addresses, for what leaves the site with them: feeds, sitemaps, canonical
 * links. The origin is the first of {@value #ORIGIN_SETTING} when set (the address people use,
 * behind a proxy), else the one the request came to.
 * <p>
 * An address made from the request depends on its {@code Host} header, which any client chooses:
 * whatever is kept and sent to others must be kept per {@link #originOf origin} then, never
 * shared between origins ({@link #isFixed}).
 */
@ApplicationScoped
public class SiteAddress {

    /** MicroProfile Config key of the site's own origins (the first is the one links use). */
    public static final String ORIGIN_SETTING = "flaskapp.origin";

    private String fixedOrigin;

    @Inject
    public SiteAddress(@ConfigProperty(name = ORIGIN_SETTING) Optional<String> configured) {
        this.fixedOrigin = configured.map(origins -> origins.split(",")[0].strip())
                .filter(origin -> !origin.isEmpty())
                .map(SiteAddress::withoutTrailingSlash)
                .orElse(null);
    }

    protected SiteAddress() {
        // for the container's proxy
    }

    /** Whether the origin is configured, so that it is the same for every request. */
    public boolean isFixed() {
        return fixedOrigin != null;
    }

    /** {@code scheme://host[:port]}: the configured origin, else the request's (default ports left out). */
    public String originOf(HttpServletRequest request) {
        if (fixedOrigin != null) {
            return fixedOrigin;
        }
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]"; // an IPv6 literal
        }
        return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** The absolute address of {@code path} (such as {@code /posts/42/}) in this site. */
    public String absolute(HttpServletRequest request, String path) {
        return originOf(request) + request.getContextPath() + path;
    }

    private static String withoutTrailingSlash(String origin) {
        URI uri = URI.create(origin);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
