package org.flaskapp.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.flaskapp.accounts.Caller;
import org.flaskapp.platform.refusal.NotAllowed;
import org.flaskapp.accounts.Role;

/**
 * Who is signed in for this request, for pages ({@code #{signedIn.name}}) and for the beans that
 * call services on the user's behalf. Asks the request, not {@code SecurityContext}: on WildFly
 * the latter names an "anonymous" caller when nobody is signed in.
 */
@Named
@RequestScoped
public class SignedIn {

    @Inject
    private HttpServletRequest request;

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public String getName() {
        return caller().map(Caller::name).orElse(null);
    }

    public boolean isAdministrator() {
        return caller().map(Caller::isAdministrator).orElse(false);
    }

    private Optional<Caller> caller;

    /**
     * The signed-in user, for a bean about to act on their behalf.
     *
     * @throws NotAllowed when nobody is signed in (the service would refuse anyway)
     */
    public Caller required() {
        return caller().orElseThrow(() -> new NotAllowed("not signed in"));
    }

    /** The signed-in user, if any; asked of the container once per request (pages ask often). */
    public Optional<Caller> caller() {
        if (caller == null) {
            caller = fromRequest();
        }
        return caller;
    }

    private Optional<Caller> fromRequest() {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.roleName())) {
                return Optional.of(new Caller(principal.getName(), role));
            }
        }
        return Optional.empty();
    }
}
