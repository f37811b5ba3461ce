package org.flaskapp.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/** A transactional write, deployed by TransientConflictsIT, that the database refuses as often as a test asks. */
@ApplicationScoped
public class ConflictingWrites {

    private final AtomicInteger tries = new AtomicInteger();

    /** Fails with {@code sqlState} on each of the first {@code refusals} tries; returns the number of tries. */
    @Transactional
    public int write(int refusals, String sqlState) {
        int tried = tries.incrementAndGet();
        if (tried <= refusals) {
            throw new PersistenceException(new SQLException("refused by the test, try " + tried, sqlState));
        }
        return tried;
    }

    public int tries() {
        return tries.get();
    }

    public void reset() {
        tries.set(0);
    }
}
