package org.flaskapp.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** The navigation bar's sign-out button: ends the session, then shows the home page. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    private FacesContext faces;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout(); // after: on Payara, a logout with the session still valid starts a new one
        forgetSessionCookie(request, (HttpServletResponse) external.getResponse());
        external.redirect(request.getContextPath() + "/");
    }

    /** The browser drops the dead session's cookie, and is a visitor like any other again. */
    private static void forgetSessionCookie(HttpServletRequest request, HttpServletResponse response) {
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        Cookie cookie = new Cookie(config.getName() == null ? "JSESSIONID" : config.getName(), "");
        String path = config.getPath() == null ? request.getContextPath() : config.getPath();
        cookie.setPath(path.isEmpty() ? "/" : path);
        cookie.setMaxAge(0);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }
}
