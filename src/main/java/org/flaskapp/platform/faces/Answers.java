package org.flaskapp.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.flaskapp.platform.web.RepeatedTextLimit;

/**
 * The answers a backing bean gives instead of its plain view: an error view (404, 403), a
 * redirect, or the view as posted with a message and 422, 409 or 429.
 */
public final class Answers {

    private static final int CONFLICT = 409;
    private static final int TOO_MANY_REQUESTS = 429;

    private Answers() {
    }

    /** 404 with the site's "not found" view. */
    public static void notFound(FacesContext faces) {
        sendError(faces, HttpServletResponse.SC_NOT_FOUND);
    }

    /** 403 with the site's "forbidden" view. */
    public static void forbidden(FacesContext faces) {
        sendError(faces, HttpServletResponse.SC_FORBIDDEN);
    }

    /** A redirect (303 after a post, 302 after a GET) to {@code path} within the application. */
    public static void redirect(FacesContext faces, String path) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * 422 and the view as it was posted, with everything typed and {@code message} above the form:
     * a change that a rule refused.
     */
    public static void refused(FacesContext faces, String message) {
        showError(faces, message);
        faces.validationFailed(); // ValidationFailureStatusListener makes it a 422
    }

    /**
     * 409 and the view as it was posted, with everything typed and {@code message}: someone else
     * saved the same thing meanwhile.
     */
    public static void conflict(FacesContext faces, String message) {
        showError(faces, message);
        faces.getExternalContext().setResponseStatus(CONFLICT);
        faces.renderResponse();
    }

    /** {@code status} and the view as it was posted, with {@code message} above the form. */
    public static void refused(FacesContext faces, int status, String message) {
        showError(faces, message);
        faces.getExternalContext().setResponseStatus(status);
    }

    /**
     * 429 and the view as it was posted, with everything typed and a message that says when to try
     * again (also in {@code Retry-After}).
     */
    public static void tooOften(FacesContext faces, Duration wait) {
        faces.getExternalContext().setResponseStatus(TOO_MANY_REQUESTS);
        faces.getExternalContext().setResponseHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
        showError(faces, "You have sent this same text several times in a short while. Please try again "
                + RepeatedTextLimit.inWords(wait) + ".");
        faces.renderResponse();
    }

    private static void showError(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static void sendError(FacesContext faces, int status) {
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
