package org.flaskapp.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.flaskapp.testing.MovableClock;
import org.junit.jupiter.api.Test;

/** Since when a kept document has been what it is: never back, never the same second for two bodies. */
class KeptDocumentTest {

    private final MovableClock clock = new MovableClock();

    KeptDocumentTest() {
        clock.pass(Duration.ofMillis(400)); // 12:00:00.400
    }

    private KeptDocument make(String body, KeptDocument previous) {
        return KeptDocument.of("application/atom+xml", body.getBytes(StandardCharsets.UTF_8), previous, clock);
    }

    @Test
    void theSameBodyKeepsItsTimeAndEntityTag() {
        KeptDocument first = make("a", null);
        clock.pass(Duration.ofMinutes(5));

        KeptDocument again = make("a", first);

        assertEquals(Instant.parse("2026-11-27T12:00:00Z"), first.lastModified(), "whole seconds");
        assertEquals(first.lastModified(), again.lastModified());
        assertEquals(first.etag(), again.etag());
    }

    @Test
    void anotherBodyIsModifiedLaterEvenWithinTheSameSecond() {
        KeptDocument first = make("a", null);
        clock.pass(Duration.ofMillis(300)); // still 10:00:00

        KeptDocument changed = make("b", first);

        assertNotEquals(first.etag(), changed.etag());
        assertEquals(Instant.parse("2026-11-27T12:00:01Z"), changed.lastModified(),
                "If-Modified-Since with the first time must not get 304 for the second body");
    }

    @Test
    void aChangeLaterOnTakesTheTimeItWasMade() {
        KeptDocument first = make("a", null);
        clock.pass(Duration.ofSeconds(90));

        assertEquals(Instant.parse("2026-11-27T12:01:30Z"), make("b", first).lastModified());
    }
}
