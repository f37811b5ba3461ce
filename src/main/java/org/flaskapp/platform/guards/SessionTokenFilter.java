package org.flaskapp.platform.guards;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Refuses with 403 a post from a visitor who has an HTTP session unless it carries the session's
 * {@link SessionToken}: the defence against cross-site request forgery that does not rely on the
 * browser's headers, for the forms that matter most (those of signed-in visitors). It runs after
 * {@link FormPostFilter}, which has decoded the form's fields.
 */
public class SessionTokenFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if ("POST".equals(request.getMethod()) && session != null
                && !SessionToken.matches(session, request.getParameter(SessionToken.FIELD))) {
            Refusal.CROSS_SITE.send(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
