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
import org.flaskapp.platform.urls.SiteAddress;

/**
 * Refuses with 403, before its body is read, a request that changes something and that a page of
 * another site made the browser send (judged by {@link RequestOrigin}). The site's own origin is
 * the address the request came to, or {@value SiteAddress#ORIGIN_SETTING} behind a proxy that changes host or
 * scheme (docs/security.md). A request without any of the headers is not from a browser, so it
 * carries no visitor's cookies, and passes; signed-in users' forms also carry a session token.
 */
public class CrossSiteRequestFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    @ConfigProperty(name = SiteAddress.ORIGIN_SETTING)
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
