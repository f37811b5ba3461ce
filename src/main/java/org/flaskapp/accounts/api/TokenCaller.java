package org.flaskapp.accounts.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.flaskapp.accounts.Caller;
import org.flaskapp.accounts.TokenUse;
import org.flaskapp.platform.api.ApiProblem;

/** Who an API request acts for: the owner of the personal token it sent (see SignInMechanism). */
@RequestScoped
public class TokenCaller {

    static final String CHALLENGE = "Bearer realm=\"api\"";

    @Inject
    private HttpServletRequest request;

    /**
     * The caller of a request that writes.
     *
     * @throws ApiProblem 401 without a token, 403 with a token that may only read
     */
    public Caller writer() {
        if (!(request.getAttribute(TokenUse.ATTRIBUTE) instanceof TokenUse use)) {
            throw new ApiProblem(401, "Writing needs a personal token with write scope: "
                    + "Authorization: Bearer TOKEN (make one at /account/tokens/).",
                    Map.of(), Map.of("WWW-Authenticate", CHALLENGE));
        }
        if (!use.mayWrite()) {
            throw new ApiProblem(403, "This token may only read; make one with write scope at /account/tokens/.",
                    Map.of(), Map.of("WWW-Authenticate", CHALLENGE + ", error=\"insufficient_scope\", scope=\"write\""));
        }
        return use.caller();
    }
}
