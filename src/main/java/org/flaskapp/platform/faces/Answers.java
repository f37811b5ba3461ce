package org.flaskapp.platform.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The answers a backing bean gives instead of its view: an error status or a redirect. */
public final class Answers {

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

    private static void sendError(FacesContext faces, int status) {
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
