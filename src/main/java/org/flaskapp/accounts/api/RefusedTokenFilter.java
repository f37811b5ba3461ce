package org.flaskapp.accounts.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.flaskapp.accounts.TokenUse;
import org.flaskapp.platform.api.ApiProblem;
import org.flaskapp.platform.api.ProblemMapper;

/**
 * An API request with a token that is not valid (unknown, revoked, expired, its account disabled)
 * gets 401, whatever it asks: a script with a stale token learns it on its first read, not when
 * it first writes.
 */
@Provider
@PreMatching
public class RefusedTokenFilter implements ContainerRequestFilter {

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(TokenUse.REFUSED) != null) {
            context.abortWith(ProblemMapper.send(new ApiProblem(401,
                    "The token is not valid: unknown, revoked or expired, or its account is disabled.",
                    Map.of(), Map.of("WWW-Authenticate", TokenCaller.CHALLENGE + ", error=\"invalid_token\""))));
        }
    }
}
