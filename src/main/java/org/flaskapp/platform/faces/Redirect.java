package org.flaskapp.platform.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Where a form action goes when it worked (post/redirect/get). When it did not, the action throws
 * a {@link org.flaskapp.platform.refusal.Refused} instead, and {@link RefusalExceptionHandlerFactory}
 * responds.
 */
public final class Redirect {

    private Redirect() {
    }

    /** A redirect (303 after a post, 302 after a GET) to {@code path} within the application. */
    public static void to(FacesContext faces, String path) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Leaves {@code notice} ("Saved.") for the next page and redirects there. */
    public static void afterChange(FacesContext faces, String notice, String path) {
        Notice.leave(faces.getExternalContext(), notice);
        to(faces, path);
    }
}
