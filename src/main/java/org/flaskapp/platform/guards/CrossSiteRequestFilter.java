package org.flaskapp.platform.guards;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, with 403 and before its body is read, a request that changes something and that a
 * page of another site made the visitor's browser send (cross-site request forgery). See
 * {@link RequestOrigin} for how the browser's headers are judged.
 * <p>
 * The site's own origin is the address the request was sent to ({@code scheme://host:port} as the
 * server sees it). Behind a proxy that changes the host or the scheme, set the addresses the
 * visitors use in MicroProfile Config {@value #ORIGIN_SETTING} (environment
 * {@code FLASKAPP_ORIGIN}), for example {@code https://flaskapp.example.org}; several may be given,
 * separated by commas.
 * <p>
 * A request without any of the headers comes from a client that is not a browser, and is let
 * through: it cannot carry a visitor's cookies without the visitor's own program sending them.
 * Forms for signed-in visitors add a token bound to the session ({@link SessionTokenFilter}).
 */
public class CrossSiteRequestFilter extends HttpFilter {

    /** MicroProfile Config key of the site's own origins, when the server cannot see them itself. */
    public static final String ORIGIN_SETTING = "flaskapp.origin";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    @ConfigProperty(name = ORIGIN_SETTING)
    private Optional<String> configuredOrigins;

    /** The configured origins, normalized once; empty when none are set. */
    private Set<String> fixedOrigins;

    @Override
    public void init() {
        fixedOrigins = configuredOrigins.filter(origins -> !origins.isBlank())
                .map(origins -> Arrays.stream(origins.split(","))
                        .map(RequestOrigin::normalized)
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod())) {
            RequestOrigin origin = new RequestOrigin(request.getHeader("Sec-Fetch-Site"),
                    request.getHeader("Origin"), request.getHeader("Referer"));
            if (origin.judge(ownOrigins(request)) == RequestOrigin.Verdict.CROSS_SITE) {
                Refusal.CROSS_SITE.send(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private Set<String> ownOrigins(HttpServletRequest request) {
        if (!fixedOrigins.isEmpty()) {
            return fixedOrigins;
        }
        return Set.of(RequestOrigin.normalized(
                request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()));
    }
}
