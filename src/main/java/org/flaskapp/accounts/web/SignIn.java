package org.flaskapp.accounts.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.flaskapp.accounts.AccountService;
import org.flaskapp.accounts.SignInThrottle;
import org.flaskapp.platform.client.ClientAddress;
import org.flaskapp.platform.guards.RepeatedTextLimit;
import org.flaskapp.platform.refusal.TooOften;

/** Backs /login/: a name and a password, and where to go afterwards. */
@Named
@RequestScoped
public class SignIn {

    private static final Counter THROTTLED = Metrics.counter("flaskapp.sign.ins", "result", "throttled");
    private static final Counter FAILED = Metrics.counter("flaskapp.sign.ins", "result", "failed");
    private static final Counter SUCCEEDED = Metrics.counter("flaskapp.sign.ins", "result", "succeeded");

    /** The one message for every refusal, so that it tells nothing about which names exist. */
    static final String REFUSED = "Sign-in failed: the name or password is not right, or the account is "
            + "disabled or locked for a while after repeated failures.";

    @Inject
    private SecurityContext security;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private ClientAddress client;

    @Inject
    private AccountService accounts;

    @Inject
    private FacesContext faces;

    @Inject
    @ManagedProperty("#{param.next}")
    private String next;

    private String name;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String address = client.get();
        Optional<Duration> wait = throttle.waitFor(address);
        if (wait.isPresent()) {
            THROTTLED.increment();
            throw new TooOften("Too many failed sign-ins from your address. Try again "
                    + RepeatedTextLimit.inWords(wait.get()) + ".", wait.get());
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(name, password))
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            FAILED.increment();
            throttle.failed(address); // no session was made: SignInMechanism registers one only on success
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, REFUSED, null));
            external.setResponseStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        // A session id from before the sign-in (planted by someone else, say) must not carry it:
        // neither server changes the id by itself (measured).
        SUCCEEDED.increment();
        request.changeSessionId();
        boolean mustChange = accounts.find(name).map(account -> account.isMustChangePassword()).orElse(false);
        PasswordChangeFilter.require(request.getSession(), mustChange);
        external.redirect(request.getContextPath() + (mustChange ? PasswordChangeFilter.PATH : LocalAddress.orHome(next)));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
