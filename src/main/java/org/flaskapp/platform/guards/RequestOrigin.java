package org.flaskapp.platform.guards;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Where a browser says a request comes from, judged as OWASP's cross-site request forgery cheat
 * sheet advises: Fetch Metadata ({@code Sec-Fetch-Site}) where the browser sends it, else the
 * {@code Origin} header, else the {@code Referer}, each against the site's own origin. Browsers set
 * these headers themselves; a page cannot forge them.
 *
 * @param fetchSite the {@code Sec-Fetch-Site} header, or null
 * @param origin    the {@code Origin} header, or null
 * @param referer   the {@code Referer} header, or null
 */
record RequestOrigin(String fetchSite, String origin, String referer) {

    /** What the headers tell. */
    enum Verdict {
        /** Sent by a page of this site, or typed by the visitor. */
        SAME_ORIGIN,
        /** Sent by a page of another site (a sibling subdomain counts as another site). */
        CROSS_SITE,
        /** No header says: a client that is not a browser, which sends no visitor's cookies. */
        UNKNOWN
    }

    /** The verdict for a site reachable at {@code ownOrigins}, each as {@code scheme://host[:port]}. */
    Verdict judge(Set<String> ownOrigins) {
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none") ? Verdict.SAME_ORIGIN : Verdict.CROSS_SITE;
        }
        if (origin != null) {
            return ownOrigins.contains(normalized(origin)) ? Verdict.SAME_ORIGIN : Verdict.CROSS_SITE;
        }
        if (referer != null) {
            return ownOrigins.contains(originOf(referer)) ? Verdict.SAME_ORIGIN : Verdict.CROSS_SITE;
        }
        return Verdict.UNKNOWN;
    }

    /** {@code scheme://host[:port]} in lower case, without the scheme's default port; "" if malformed. */
    static String normalized(String origin) {
        return originOf(origin.strip());
    }

    private static String originOf(String address) {
        try {
            URI uri = new URI(address);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return ""; // such as the Origin "null" of a sandboxed page
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (java.net.URISyntaxException malformed) {
            return "";
        }
    }
}
