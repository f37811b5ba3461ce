package org.flaskapp.platform.urls;

import java.util.Optional;

/** A row's id as it comes in an address ({@code /posts/42/}) or a field: digits, else nothing. */
public final class Ids {

    private Ids() {
    }

    public static Optional<Long> parse(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }
}
