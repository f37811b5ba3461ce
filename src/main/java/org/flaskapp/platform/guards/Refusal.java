package org.flaskapp.platform.guards;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The ways in which the filters of this package refuse a request: a status and a view in the
 * site's layout that says in plain words what happened.
 */
enum Refusal {

    BAD_REQUEST(HttpServletResponse.SC_BAD_REQUEST, "400"),
    CROSS_SITE(HttpServletResponse.SC_FORBIDDEN, "403"),
    METHOD_NOT_ALLOWED(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "405"),
    TOO_LARGE(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "413"),
    UNSUPPORTED_MEDIA_TYPE(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "415");

    private final int status;
    private final String view;

    Refusal(int status, String view) {
        this.status = status;
        this.view = "/WEB-INF/errorpages/" + view + ".xhtml";
    }

    /**
     * Sends the status and the view. The connection is closed after it: what is left of a
     * refused body is not read.
     */
    void send(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        // The view is rendered for a body-less GET: reading this body would fail again.
        request.getRequestDispatcher(view).forward(new BodylessRequest(request), response);
    }
}
