package org.flaskapp.platform.guards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.flaskapp.testing.ClientEventsInMemory;
import org.flaskapp.testing.MovableClock;
import org.junit.jupiter.api.Test;

class RepeatedTextLimitTest {

    private final MovableClock clock = new MovableClock();
    private final RepeatedTextLimit limit = new RepeatedTextLimit(new ClientEventsInMemory(clock), 3, Duration.ofMinutes(10));

    @Test
    void theSameTextFromTheSameAddressPassesUpToTheLimit() {
        assertEquals(Optional.empty(), limit.send("192.0.2.1", "Buy now"));
        assertEquals(Optional.empty(), limit.send("192.0.2.1", "Buy now"));
        assertEquals(Optional.empty(), limit.send("192.0.2.1", "Buy now"));
    }

    @Test
    void beyondItWaitsUntilTheOldestOfThemLeavesTheWindow() {
        limit.send("192.0.2.1", "Buy now");
        clock.pass(Duration.ofMinutes(4));
        limit.send("192.0.2.1", "Buy now");
        limit.send("192.0.2.1", " Buy now \n");

        assertEquals(Optional.of(Duration.ofMinutes(6)), limit.send("192.0.2.1", "Buy now"));
        assertEquals(Optional.empty(), limit.send("192.0.2.1", "Something else"), "other texts pass");
        assertEquals(Optional.empty(), limit.send("192.0.2.2", "Buy now"), "other addresses pass");
        clock.pass(Duration.ofMinutes(6));
        assertEquals(Optional.empty(), limit.send("192.0.2.1", "Buy now"));
    }

    @Test
    void theWaitIsSaidInWords() {
        assertEquals("in 40 seconds", RepeatedTextLimit.inWords(Duration.ofSeconds(40)));
        assertEquals("in 1 minute", RepeatedTextLimit.inWords(Duration.ofSeconds(60)));
        assertEquals("in 7 minutes", RepeatedTextLimit.inWords(Duration.ofSeconds(361)));
    }
}
