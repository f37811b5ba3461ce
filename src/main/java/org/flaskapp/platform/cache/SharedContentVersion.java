package org.flaskapp.platform.cache;

import java.util.OptionalLong;

/**
 * A count of content changes that every server of a site sees: where {@link ContentVersion} learns
 * of writes made by the other servers (docs/scale-out.md).
 */
public interface SharedContentVersion {

    /**
     * Whether another server can write to the site's data at all. When it cannot, every write
     * goes through this server's {@link ContentVersion}, which then never needs to read the count.
     */
    default boolean othersCanWrite() {
        return true;
    }

    /**
     * The count as last committed; empty inside a transaction, which may itself have moved it
     * without committing yet. Throws when it cannot be read (the database is unreachable).
     */
    OptionalLong readCommitted();

    /**
     * Adds one, inside the transaction of a write, so the count moves exactly when the write
     * commits; returns the count as this write set it.
     */
    long moveOn();

    /**
     * Forgets whatever else this server keeps of the data, beyond what {@link ContentCache} keeps
     * (JPA's shared cache), because the data changed on another server.
     */
    void forgetKeptData();
}
