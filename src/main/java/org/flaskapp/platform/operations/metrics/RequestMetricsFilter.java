package org.flaskapp.platform.operations.metrics;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts and times every request by the view (or servlet) that answered it and its status:
 * {@code flaskapp_requests_seconds} with buckets from 5 ms to 10 s. Outermost of the filters, so
 * the status is the one sent, a failure's 500 included.
 */
public class RequestMetricsFilter extends HttpFilter {

    /** A request attribute that names what answered, where neither view nor servlet says it (an API method). */
    public static final String NAME_ATTRIBUTE = RequestMetricsFilter.class.getName() + ".name";

    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final ViewNames views = new ViewNames();
    /** One timer per view and status, made once: ViewNames bounds how many there can be. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            timerFor(views.of(request, response.getStatus()), response.getStatus())
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private Timer timerFor(String view, int status) {
        return timers.computeIfAbsent(status + " " + view, key -> Timer.builder("flaskapp.requests")
                .description("Requests by the view that answered and the status sent")
                .tag("view", view)
                .tag("status", Integer.toString(status))
                .serviceLevelObjectives(BUCKETS)
                .register(Metrics.globalRegistry));
    }
}
