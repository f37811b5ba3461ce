package org.flaskapp.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flaskapp.platform.client.ClientEvents;

/** What the table client_event holds, in memory and on a clock that tests move. */
public final class ClientEventsInMemory extends ClientEvents {

    private record Event(String kind, String key, Instant at) {
    }

    private final MovableClock clock;
    private final List<Event> events = new ArrayList<>();

    public ClientEventsInMemory(MovableClock clock) {
        this.clock = clock;
    }

    @Override
    public List<Instant> within(String kind, String key, Duration window) {
        Instant since = now().minus(window);
        return events.stream()
                .filter(e -> e.kind().equals(kind) && e.key().equals(key) && e.at().isAfter(since))
                .map(Event::at).sorted().toList();
    }

    @Override
    public void add(String kind, String key, Duration window) {
        events.add(new Event(kind, key, now()));
    }

    @Override
    public Instant now() {
        return clock.instant();
    }
}
