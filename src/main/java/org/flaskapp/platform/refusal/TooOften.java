package org.flaskapp.platform.refusal;

import java.time.Duration;

/** The same thing came too often from one client: 429 with {@code Retry-After}, the form again. */
public final class TooOften extends Refused {

    private final Duration wait;

    public TooOften(String message, Duration wait) {
        super(message);
        this.wait = wait;
    }

    /** How long until it may come again. */
    public Duration retryAfter() {
        return wait;
    }

    @Override
    public int status() {
        return 429;
    }
}
