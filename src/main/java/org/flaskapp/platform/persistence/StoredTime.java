package org.flaskapp.platform.persistence;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** When something is stored, as the database keeps it. */
public final class StoredTime {

    private StoredTime() {
    }

    /**
     * Now in UTC, to the microsecond: PostgreSQL keeps microseconds (and rounds what is finer), so
     * an entity that the server which stored it still holds in memory has the very time that every
     * other server reads. A feed's entry id is made from it (measured: with nanoseconds, two
     * servers gave one question two ids).
     */
    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
