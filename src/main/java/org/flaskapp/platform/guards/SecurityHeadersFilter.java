package org.flaskapp.platform.guards;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets on every response, views, style sheet, error views and views sent from memory alike, the
 * headers that tell browsers to run nothing but this site's own files, to show its pages in no
 * other site's frame, and to guess no content types; pages of a visitor with a session are
 * not stored by any cache. The views need no inline script or style
 * (Mojarra writes none for a plain form with a submit button), so the policy allows none.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final Map<String, String> HEADERS = headers();

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", String.join("; ",
                "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
                "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY"); // for browsers that do not know frame-ancestors
        headers.put("Referrer-Policy", "same-origin");
        return Collections.unmodifiableMap(headers);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HEADERS.forEach(response::setHeader);
        if (request.getRequestedSessionId() != null && request.getSession(false) != null) {
            // a signed-in user's page shows their name and their session's token: theirs alone
            response.setHeader("Cache-Control", "private, no-store");
        }
        chain.doFilter(request, response);
    }
}
