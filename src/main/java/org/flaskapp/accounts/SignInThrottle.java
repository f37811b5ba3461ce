package org.flaskapp.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down an address that fails to sign in again and again, whichever names it tries: after
 * {@code address-failures} failures within {@code address-window-minutes}, its sign-ins are
 * refused until the window that began with its first failure ends. Account locks stop guessing at
 * one account; this stops trying one password on many. Kept in memory: a restart forgets it.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Beyond this many addresses, windows that ended are dropped before a new one is added. */
    private static final int TIDY_ABOVE = 10_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();
    private int allowedFailures;
    private Duration window;

    @Inject
    SignInThrottle(@ConfigProperty(name = "flaskapp.sign-in.address-failures", defaultValue = "20") int allowedFailures,
                   @ConfigProperty(name = "flaskapp.sign-in.address-window-minutes", defaultValue = "15") int windowMinutes) {
        this.allowedFailures = allowedFailures;
        this.window = Duration.ofMinutes(windowMinutes);
    }

    protected SignInThrottle() {
        // for the container's proxy
    }

    /** For tests: a throttle on another clock. */
    SignInThrottle(int allowedFailures, Duration window, Clock clock) {
        this.allowedFailures = allowedFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long {@code address} must wait before it may try again; empty when it may try now. */
    public Optional<Duration> waitFor(String address) {
        Window current = windows.get(address);
        Instant now = clock.instant();
        if (current == null || !current.end().isAfter(now) || current.failures() < allowedFailures) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.end()));
    }

    /** Counts a failed sign-in from {@code address}. */
    public void failed(String address) {
        Instant now = clock.instant();
        if (windows.size() > TIDY_ABOVE) {
            windows.values().removeIf(old -> !old.end().isAfter(now));
        }
        windows.merge(address, new Window(now.plus(window), 1),
                (old, first) -> old.end().isAfter(now) ? new Window(old.end(), old.failures() + 1) : first);
    }

    private record Window(Instant end, int failures) {
    }
}
