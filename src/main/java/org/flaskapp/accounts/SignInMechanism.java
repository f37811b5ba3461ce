package org.flaskapp.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * How the container learns who is signed in. The sign-in page hands over the name and password
 * ({@code SecurityContext.authenticate}); on success the session remembers the account's name
 * and role, and every later request of that session is signed in again from them (an account
 * disabled meanwhile can no longer sign in, as before; its open session ends at sign-out or
 * expiry). A visitor
 * who opens an address that web.xml reserves for a role is sent to the sign-in page with the
 * address to come back to in the query, not in a session: Jakarta Security's own form mechanisms
 * keep it in a session, and a visitor who is not signed in gets none.
 * <p>
 * Not {@code @AutoApplySession}: that keeps the sign-in with the container's own session
 * object, which the servers' session replication does not carry whole (docs/scale-out.md). A
 * server that took over a session from another found the caller there but not their role. Name
 * and role are plain string attributes of the session, which every server of the site reads
 * alike, without asking the database.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PATH = "/login/";

    /** Session attributes: the name and the role of the account signed in with this session. */
    static final String SIGNED_IN_NAME = SignInMechanism.class.getName() + ".name";
    static final String SIGNED_IN_ROLE = SignInMechanism.class.getName() + ".role";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                HttpSession session = request.getSession();
                session.setAttribute(SIGNED_IN_NAME, result.getCallerPrincipal().getName());
                session.setAttribute(SIGNED_IN_ROLE, String.join(",", result.getCallerGroups()));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_NAME) instanceof String name
                && session.getAttribute(SIGNED_IN_ROLE) instanceof String roles) {
            return context.notifyContainerAboutLogin(name, Set.of(roles.split(",")));
        }
        if (context.isProtected()) {
            return context.redirect(signInAddress(request));
        }
        return context.doNothing();
    }

    /** The sign-in page, with the address asked for to go to afterwards. */
    private static String signInAddress(HttpServletRequest request) {
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
