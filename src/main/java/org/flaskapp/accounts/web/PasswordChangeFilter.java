package org.flaskapp.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Keeps a user who signed in with a password that someone else chose (a new author's, a reset
 * one, the generated first administrator's) on the password page until they choose their own.
 */
public class PasswordChangeFilter extends HttpFilter {

    static final String PATH = "/account/password/";
    private static final String REQUIRED = PasswordChangeFilter.class.getName() + ".required";

    /** Marks {@code session} as one that must change its password first, or clears the mark. */
    static void require(HttpSession session, boolean required) {
        if (required) {
            session.setAttribute(REQUIRED, Boolean.TRUE);
        } else {
            session.removeAttribute(REQUIRED);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session != null && session.getAttribute(REQUIRED) != null && !path.equals(PATH)) {
            response.sendRedirect(request.getContextPath() + PATH);
            return;
        }
        chain.doFilter(request, response);
    }
}
