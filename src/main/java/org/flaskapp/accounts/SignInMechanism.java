package org.flaskapp.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.flaskapp.platform.operations.OperationsToken;

/**
 * How the container learns who is signed in: the sign-in page hands over name and password
 * ({@code SecurityContext.authenticate}); then the session holds the name and role as plain
 * strings, which every server of a site reads alike (the container's own session object, as
 * {@code @AutoApplySession} keeps it, lost the role when another server took a session over). A
 * visitor who opens a reserved address goes to sign-in with the address in the query, never in a
 * session: visitors get none.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PATH = "/login/";
    /** Where the JSON API is; see {@link #apiCaller}. */
    public static final String API_PATH = "/api/";
    private static final String BEARER = "Bearer ";

    /** Session attributes: the name and the role of the account signed in with this session. */
    static final String SIGNED_IN_NAME = SignInMechanism.class.getName() + ".name";
    static final String SIGNED_IN_ROLE = SignInMechanism.class.getName() + ".role";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private OperationsToken operationsToken;

    @Inject
    private ApiTokens apiTokens;

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
        if (isApi(request)) {
            return apiCaller(request, context);
        }
        if (operationsToken.isAskedWith(request)) {
            // for this one request only: an operator's tool gets no session
            return operationsToken.matches(request)
                    ? context.notifyContainerAboutLogin("operations", Set.of(OperationsToken.ROLE))
                    : refuseToken(response, context);
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

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PATH);
    }

    /**
     * The API knows a caller by a personal token alone, for this one request: never by the session
     * cookie (which a browser sends to any address, whoever's page asks), and it opens none. A
     * token that is not valid is left for the API to answer 401 in its own format.
     */
    private AuthenticationStatus apiCaller(HttpServletRequest request, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return context.doNothing();
        }
        Optional<TokenUse> use = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? apiTokens.use(authorization.substring(BEARER.length()).strip())
                : Optional.empty();
        if (use.isEmpty()) {
            request.setAttribute(TokenUse.REFUSED, Boolean.TRUE);
            return context.doNothing();
        }
        request.setAttribute(TokenUse.ATTRIBUTE, use.get());
        Caller caller = use.get().caller();
        return context.notifyContainerAboutLogin(caller.name(), Set.of(caller.role().roleName()));
    }

    private static AuthenticationStatus refuseToken(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"operations\", error=\"invalid_token\"");
        return context.responseUnauthorized();
    }

    /**
     * The sign-in page, with the address asked for to go to afterwards. The container asks before
     * any filter runs (every reserved address is named in web.xml), so it is the address as sent.
     */
    private static String signInAddress(HttpServletRequest request) {
        String wanted = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return request.getContextPath() + SIGN_IN_PATH + "?next=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8);
    }
}
