package org.flaskapp.platform.operations.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@value #PATH}: the metrics in Prometheus' text format, for administrators and for a scraper
 * with the {@link org.flaskapp.platform.operations.OperationsToken} (web.xml reserves the address; docs/operations.md).
 */
public class MetricsServlet extends HttpServlet {

    public static final String PATH = "/admin/metrics";

    @Inject
    SiteMetrics metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(metrics.scrape());
    }
}
