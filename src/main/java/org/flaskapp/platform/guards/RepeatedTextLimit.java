package org.flaskapp.platform.guards;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flaskapp.platform.client.ClientAddress;
import org.flaskapp.platform.client.ClientEvents;
import org.flaskapp.platform.refusal.TooOften;

/**
 * Refuses the same text from the same client address when it came {@code flaskapp.repeats.limit}
 * times within {@code flaskapp.repeats.window-minutes}: a visitor who means it posts a question
 * once; a script that floods the site posts it again and again. Counts a hash of each text, never
 * the text, on every server alike ({@link ClientEvents}).
 */
@ApplicationScoped
public class RepeatedTextLimit {

    private static final Counter REFUSALS = Metrics.counter("flaskapp.repeat.limit.refusals");

    private static final String TEXT_SENT = "text sent";

    private ClientEvents events;
    private int limit;
    private Duration window;

    @Inject
    private ClientAddress client;

    @Inject
    RepeatedTextLimit(ClientEvents events,
                      @ConfigProperty(name = "flaskapp.repeats.limit", defaultValue = "3") int limit,
                      @ConfigProperty(name = "flaskapp.repeats.window-minutes", defaultValue = "10") int windowMinutes) {
        this(events, limit, Duration.ofMinutes(windowMinutes));
    }

    protected RepeatedTextLimit() {
        // for the container's proxy
    }

    /** For tests: a limit over other events. */
    RepeatedTextLimit(ClientEvents events, int limit, Duration window) {
        this.events = events;
        this.limit = limit;
        this.window = window;
    }

    /**
     * Counts {@code text} as sent now by this request's client, the first thing a form action that
     * sends a visitor's text does.
     *
     * @throws TooOften when it came too often already (nothing is counted)
     */
    public void count(String text) {
        send(client.get(), text).ifPresent(wait -> {
            REFUSALS.increment();
            throw new TooOften("You have sent this same text several times in a short while. Please try again "
                    + inWords(wait) + ".", wait);
        });
    }

    /**
     * Counts {@code text} from {@code address} as sent now, unless it came too often already: then
     * counts nothing and tells how long until it may come again.
     */
    public Optional<Duration> send(String address, String text) {
        String key = address + " " + digest(text);
        List<Instant> times = events.within(TEXT_SENT, key, window);
        if (times.size() >= limit) {
            return Optional.of(Duration.between(events.now(), times.get(times.size() - limit).plus(window)));
        }
        events.add(TEXT_SENT, key, window);
        return Optional.empty();
    }

    /** The wait in words: "in 7 minutes", "in 1 minute", "in 40 seconds". */
    public static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        if (seconds < 60) {
            return "in " + seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return "in " + minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    (text == null ? "" : text.strip()).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
