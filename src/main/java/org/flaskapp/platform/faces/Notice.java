package org.flaskapp.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.Map;

/**
 * A line that says what a signed-in user's last change did ("Post deleted."), shown once on the
 * page that the change redirected to. Kept in the user's session between the two requests; only
 * signed-in users change things through forms that redirect, and they have one. (Faces' own flash
 * would add a cookie of its own.)
 */
@Named
@RequestScoped
public class Notice {

    private static final String ATTRIBUTE = Notice.class.getName();

    @Inject
    private FacesContext faces;

    private String text;
    private boolean taken;

    /** Leaves {@code text} for the next page that this user's session shows. */
    public static void leave(ExternalContext external, String text) {
        external.getSessionMap().put(ATTRIBUTE, text);
    }

    /** Whether a notice waits in {@code session} for the next page (which is then rendered, not kept). */
    public static boolean isWaiting(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) != null;
    }

    /** The notice left for this page, if any; taken out of the session, so shown once. */
    public String getText() {
        if (!taken) {
            taken = true;
            Object session = faces.getExternalContext().getSession(false);
            if (session != null) {
                Map<String, Object> sessionMap = faces.getExternalContext().getSessionMap();
                text = (String) sessionMap.remove(ATTRIBUTE);
            }
        }
        return text;
    }
}
