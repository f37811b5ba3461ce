package org.flaskapp.platform.cache;

import java.util.OptionalLong;

/**
 * A count of content changes that every server of a site sees: where {@link ContentVersion} learns
 * of writes made by the other servers (README, "Scale out").
 */
public interface SharedVersion {

    /**
     * The count as last committed; empty inside a transaction, which may itself have moved it
     * without committing yet. Throws when it cannot be read (the database is unreachable).
     */
    OptionalLong readCommitted();

    /** Adds one, inside the transaction of a write, so the count moves exactly when the write commits. */
    void moveOn();

    /**
     * Forgets whatever else this server keeps of the data, beyond the caches that compare versions
     * (JPA's shared cache), because the data changed on another server.
     */
    void forgetKeptData();

    /** For a server on its own, as in unit tests: only its own writes exist. */
    SharedVersion NONE = new SharedVersion() {
        @Override
        public OptionalLong readCommitted() {
            return OptionalLong.of(0);
        }

        @Override
        public void moveOn() {
        }

        @Override
        public void forgetKeptData() {
        }
    };
}
