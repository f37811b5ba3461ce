package org.flaskapp.platform.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.flaskapp.platform.cache.ConditionalGet;
import org.flaskapp.platform.cache.KeptDocument;
import org.flaskapp.platform.operations.metrics.RequestMetricsFilter;

/**
 * Sends an API read that is kept and current ({@link KeptJson}) before Jakarta REST is asked, as
 * {@code RenderedViewCacheFilter} does for views: a kept read then costs what a kept page costs
 * (measured: Jersey's dispatch alone held the API to a quarter of the kept /posts/ page's rate). A
 * request that names a token goes through, so that a token that is not valid gets its 401.
 */
public class KeptApiReadsFilter extends HttpFilter {

    /** The name such a request goes under in the metrics. */
    static final String METRICS_NAME = "api (kept)";

    @Inject
    private KeptJson kept;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        Optional<KeptDocument> document = read && request.getHeader("Authorization") == null
                ? kept.kept(request) : Optional.empty();
        if (document.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(RequestMetricsFilter.NAME_ATTRIBUTE, METRICS_NAME);
        KeptJson.READ_HEADERS.forEach(response::setHeader);
        ConditionalGet.send(document.get(), request, response);
    }
}
