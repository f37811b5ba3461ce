package org.flaskapp.platform.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Gives every request an id: in the {@value #HEADER} response header, and as the request
 * attribute {@value #ATTRIBUTE}, which the 500 view shows as the reference a user can quote. A
 * request that fails with an exception is logged here, once and whole, under that id, and answered
 * with the 500 view; the servers' own log line for it (without the id) is not written, since the
 * exception ends here.
 */
public class RequestIdFilter extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = "requestId";
    private static final System.Logger LOG = System.getLogger(RequestIdFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = newId();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        boolean write = "POST".equals(request.getMethod());
        try {
            chain.doFilter(request, write ? new CommittableRedirect(response) : response);
            if (write) {
                // A write's answer goes out now, whole. When a Payara stop begins while the request
                // is in the Faces servlet, the container destroys that servlet a second time once
                // the request leaves it; Mojarra 4.0.11 throws on that (FacesServlet.destroy, NPE),
                // and Payara would then answer 500 in place of the redirect that says the write
                // was stored (CleanStopIT found it on Payara, by the server's log).
                response.flushBuffer();
            }
        } catch (ServletException | RuntimeException failure) { // not IOException: a client that went away
            if (ApplicationStop.hasBegun() || isServerStopping(failure)) {
                LOG.log(System.Logger.Level.INFO, "Request " + id + " refused (503): the server is stopping: "
                        + request.getMethod() + " " + request.getRequestURI());
                refuseWhileStopping(response, id);
                return;
            }
            LOG.log(System.Logger.Level.ERROR, "Request " + id + " failed: " + request.getMethod() + " "
                    + request.getRequestURI(), failure);
            if (!response.isCommitted()) {
                response.reset(); // nothing half-written by the failed view is sent
                response.setHeader(HEADER, id);
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }

    /**
     * Whether a failure is the container's sessions going away under a request: WildFly stops its
     * session manager as soon as a stop begins, while requests are still in flight
     * ("WFLYCLWEBUT0003: Session manager was stopped", seen by CleanStopIT), before it tells the
     * application ({@link ApplicationStop}).
     */
    static boolean isServerStopping(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            StackTraceElement[] frames = cause.getStackTrace();
            if (cause instanceof IllegalStateException && frames.length > 0
                    && frames[0].getClassName().endsWith("SessionManager")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clean answer instead of a 500 for a request that the stop cut short: plain text, not the
     * error view (rendering it needs the sessions too), and when to try again. Sent at once: on
     * WildFly the request's end asks the stopped session manager again and fails, and an answer
     * still held back then becomes a 500.
     */
    static void refuseWhileStopping(HttpServletResponse response, String id) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HEADER, id);
        response.setHeader("Retry-After", "10");
        response.setContentType("text/plain;charset=UTF-8");
        byte[] text = ("The site is restarting. Please try again in a few seconds. Reference: " + id + "\n")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
        response.flushBuffer();
    }

    /** 64 random bits in hex: unique enough among a site's log lines, short enough to read out. */
    static String newId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
