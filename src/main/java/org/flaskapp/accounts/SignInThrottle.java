package org.flaskapp.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flaskapp.platform.client.ClientEvents;

/**
 * Slows down an address that fails to sign in again and again, whichever names it tries: after
 * {@code address-failures} failures within {@code address-window-minutes}, its sign-ins are
 * refused until the oldest of those leaves the window. Account locks stop guessing at one
 * account; this stops trying one password on many. Counted by every server alike (ClientEvents).
 */
@ApplicationScoped
public class SignInThrottle {

    private static final String FAILED_SIGN_IN = "sign-in failed";

    private ClientEvents events;
    private int allowedFailures;
    private Duration window;

    @Inject
    SignInThrottle(ClientEvents events,
                   @ConfigProperty(name = "flaskapp.sign-in.address-failures", defaultValue = "20") int allowedFailures,
                   @ConfigProperty(name = "flaskapp.sign-in.address-window-minutes", defaultValue = "15") int windowMinutes) {
        this(events, allowedFailures, Duration.ofMinutes(windowMinutes));
    }

    /** For tests: a throttle over other events. */
    SignInThrottle(ClientEvents events, int allowedFailures, Duration window) {
        this.events = events;
        this.allowedFailures = allowedFailures;
        this.window = window;
    }

    protected SignInThrottle() {
        // for the container's proxy
    }

    /** How long {@code address} must wait before it may try again; empty when it may try now. */
    public Optional<Duration> waitFor(String address) {
        List<Instant> failures = events.within(FAILED_SIGN_IN, address, window);
        if (failures.size() < allowedFailures) {
            return Optional.empty();
        }
        Instant free = failures.get(failures.size() - allowedFailures).plus(window);
        return Optional.of(Duration.between(events.now(), free));
    }

    /** Counts a failed sign-in from {@code address}. */
    public void failed(String address) {
        events.add(FAILED_SIGN_IN, address, window);
    }
}
