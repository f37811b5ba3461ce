package org.flaskapp.platform.operations.health;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The probes, the same on every server (docs/operations.md):
 * <ul>
 * <li>{@code /health/live}: the server answers requests (a restart would not help otherwise);</li>
 * <li>{@code /health/started}: everything that runs at start-up has run;</li>
 * <li>{@code /health/ready}: started, and every {@link HealthCheck} is up (the database, the shared
 *     content version, the search index), so a balancer may send it requests;</li>
 * <li>{@code /health}: all of them.</li>
 * </ul>
 * 200 when up, 503 when down; never kept by anyone, and no session.
 */
public class HealthServlet extends HttpServlet {

    static final String LIVE_CHECK = "server";

    @Inject
    StartupState startup;

    @Inject
    TimedChecks checks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String probe = request.getPathInfo() == null ? "/" : request.getPathInfo();
        List<HealthStatus.Result> results = new ArrayList<>();
        switch (probe) {
            case "/live" -> results.add(HealthStatus.Result.up(LIVE_CHECK));
            case "/started" -> results.add(startup.check());
            case "/ready" -> ready(results);
            case "/", "" -> {
                results.add(HealthStatus.Result.up(LIVE_CHECK));
                ready(results);
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        HealthStatus status = new HealthStatus(results);
        response.setStatus(status.isUp() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        try (Writer out = response.getWriter()) {
            Json.createWriter(out).write(status.toJson());
        }
    }

    private void ready(List<HealthStatus.Result> results) {
        HealthStatus.Result started = startup.check();
        results.add(started);
        if (started.isUp()) {
            results.addAll(checks.readiness());
        }
    }
}
