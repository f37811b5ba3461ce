package org.flaskapp.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How the container learns who is signed in. The sign-in page hands over the name and password
 * ({@code SecurityContext.authenticate}); the session then remembers the caller
 * ({@link AutoApplySession}). A visitor who opens an address that web.xml reserves for a role is
 * sent to the sign-in page with the address to come back to in the query, not in a session:
 * Jakarta Security's own form mechanisms keep it in a session, and a visitor who is not signed
 * in gets none.
 */
@ApplicationScoped
@AutoApplySession
public class SignInMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PATH = "/login/";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (context.isProtected()) {
            return context.redirect(signInAddress(request));
        }
        return context.doNothing();
    }

    /** The sign-in page, with the address asked for to go to afterwards. */
    public static String signInAddress(HttpServletRequest request) {
        // the address as the visitor asked for it, also when a route forwarded it to its view
        String uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String query = uri != null ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        String wanted = (uri != null ? uri : request.getRequestURI()).substring(request.getContextPath().length());
        if (query != null) {
            wanted += "?" + query;
        }
        return request.getContextPath() + SIGN_IN_PATH + "?next=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8);
    }
}
