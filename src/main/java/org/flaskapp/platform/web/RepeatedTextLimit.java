package org.flaskapp.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flaskapp.platform.client.ClientAddress;
import org.flaskapp.platform.refusal.TooOften;

/**
 * Refuses the same text from the same client address when it came {@code flaskapp.repeats.limit} times
 * within {@code flaskapp.repeats.window-minutes}: a visitor who means it posts a question once;
 * a script that floods the site posts it again and again. Keeps a hash of each text, never the
 * text, in memory; a restart forgets it.
 */
@ApplicationScoped
public class RepeatedTextLimit {

    /** Beyond this many address-and-text pairs, those whose window ended are dropped first. */
    private static final int TIDY_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();
    @Inject
    private ClientAddress client;
    private Clock clock = Clock.systemUTC();
    private int limit;
    private Duration window;

    @Inject
    RepeatedTextLimit(@ConfigProperty(name = "flaskapp.repeats.limit", defaultValue = "3") int limit,
                      @ConfigProperty(name = "flaskapp.repeats.window-minutes", defaultValue = "10") int windowMinutes) {
        this(limit, Duration.ofMinutes(windowMinutes), Clock.systemUTC());
    }

    protected RepeatedTextLimit() {
        // for the container's proxy
    }

    /** For tests: a limit on another clock. */
    RepeatedTextLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /**
     * Counts {@code text} as sent now by this request's client, the first thing a form action that
     * sends a visitor's text does.
     *
     * @throws TooOften when it came too often already (nothing is counted)
     */
    public void count(String text) {
        send(client.get(), text).ifPresent(wait -> {
            throw new TooOften("You have sent this same text several times in a short while. Please try again "
                    + inWords(wait) + ".", wait);
        });
    }

    /**
     * Counts {@code text} from {@code address} as sent now, unless it came too often already: then
     * counts nothing and tells how long until it may come again.
     */
    public Optional<Duration> send(String address, String text) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        if (sent.size() > TIDY_ABOVE) {
            sent.values().removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(since));
        }
        Deque<Instant> times = sent.computeIfAbsent(address + " " + digest(text), key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.removeFirst();
            }
            if (times.size() >= limit) {
                return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
            }
            times.addLast(now);
            return Optional.empty();
        }
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
