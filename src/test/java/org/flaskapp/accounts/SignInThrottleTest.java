package org.flaskapp.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.flaskapp.testing.ClientEventsInMemory;
import org.flaskapp.testing.MovableClock;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(new ClientEventsInMemory(clock), 3, Duration.ofMinutes(15));

    @Test
    void anAddressMayFailUpToTheLimit() {
        throttle.failed("192.0.2.1");
        throttle.failed("192.0.2.1");

        assertEquals(Optional.empty(), throttle.waitFor("192.0.2.1"));
    }

    @Test
    void atTheLimitItWaitsUntilTheOldestFailureLeavesTheWindow() {
        throttle.failed("192.0.2.1");
        clock.pass(Duration.ofMinutes(5));
        throttle.failed("192.0.2.1");
        throttle.failed("192.0.2.1");

        assertEquals(Optional.of(Duration.ofMinutes(10)), throttle.waitFor("192.0.2.1"));
        assertEquals(Optional.empty(), throttle.waitFor("192.0.2.2"), "other addresses are not slowed");
    }

    @Test
    void afterTheWindowTheAddressStartsAfresh() {
        throttle.failed("192.0.2.1");
        throttle.failed("192.0.2.1");
        throttle.failed("192.0.2.1");
        clock.pass(Duration.ofMinutes(15));

        assertEquals(Optional.empty(), throttle.waitFor("192.0.2.1"));
        throttle.failed("192.0.2.1");
        assertTrue(throttle.waitFor("192.0.2.1").isEmpty(), "one failure in a new window");
    }
}
