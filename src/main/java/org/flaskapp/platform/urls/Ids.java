package org.flaskapp.platform.urls;

import java.util.Optional;
import org.flaskapp.platform.refusal.NotFound;

/**
 * A row's id as it comes in an address ({@code /posts/42/}) or a field: digits, else nothing.
 * Hand-written: OmniFaces' {@code @Param} would bring its whole library for these lines alone.
 */
public final class Ids {

    private Ids() {
    }

    public static Optional<Long> parse(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }

    /** The id that an address or a button names; a 404 when it names none. */
    public static long of(String id) {
        return parse(id).orElseThrow(() -> new NotFound("There is nothing with the id " + id + "."));
    }
}
