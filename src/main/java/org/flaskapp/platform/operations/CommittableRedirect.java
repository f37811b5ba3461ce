package org.flaskapp.platform.operations;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose redirect is a status and a {@code Location} header like any other, so that
 * {@code flushBuffer} sends it at once. Payara (Catalina) suspends a response at
 * {@code sendRedirect} and ignores every flush until the request has left the container's last
 * valve; a stop that fails there (Mojarra 4.0.11's FacesServlet.destroy throws when the servlet is
 * destroyed again) then turned a write's redirect into a 500 (CleanStopIT, by the access log).
 */
final class CommittableRedirect extends HttpServletResponseWrapper {

    CommittableRedirect(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendRedirect(String location) {
        if (isCommitted()) {
            throw new IllegalStateException("The answer was sent already; it cannot become a redirect.");
        }
        resetBuffer();
        setStatus(SC_FOUND);
        setHeader("Location", location);
    }
}
