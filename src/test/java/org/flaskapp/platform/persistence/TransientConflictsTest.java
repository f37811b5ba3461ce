package org.flaskapp.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransientConflictsTest {

    private static final SQLException DERBY_LOCK_TIMEOUT = new SQLException("A lock could not be obtained within the time requested", "40XL1");
    private static final SQLException POSTGRESQL_DEADLOCK = new SQLException("deadlock detected", "40P01");
    private static final SQLException UNIQUE_VIOLATION = new SQLException("duplicate key value", "23505");

    @Test
    void aDeadlockOrLockTimeoutAnywhereAmongTheCausesIsTransient() {
        assertTrue(TransientConflicts.isTransientConflict(new PersistenceException(new RuntimeException(DERBY_LOCK_TIMEOUT))));
        assertTrue(TransientConflicts.isTransientConflict(POSTGRESQL_DEADLOCK));
        SQLException chained = new SQLException("batch failed", "XJ208");
        chained.setNextException(new SQLException("serialization failure", "40001"));
        assertTrue(TransientConflicts.isTransientConflict(chained));
    }

    @Test
    void aFailedCommitCarriesTheConflictAsSuppressed() {
        RollbackException commit = new RollbackException("Could not commit transaction.");
        commit.addSuppressed(new PersistenceException(DERBY_LOCK_TIMEOUT));
        assertTrue(TransientConflicts.isTransientConflict(commit));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(TransientConflicts.isTransientConflict(new PersistenceException(UNIQUE_VIOLATION)));
        assertFalse(TransientConflicts.isTransientConflict(new IllegalStateException("not allowed")));
        assertFalse(TransientConflicts.isTransientConflict(new SQLException("no state")));
    }

    @Test
    void aConflictIsTriedAgainAndTheSecondTrySucceeds() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        Object result = TransientConflicts.withTries(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new PersistenceException(DERBY_LOCK_TIMEOUT);
            }
            return "stored";
        });
        assertEquals("stored", result);
        assertEquals(2, tries.get());
    }

    @Test
    void aConflictThatLastsFailsAfterTheLastTry() {
        AtomicInteger tries = new AtomicInteger();
        PersistenceException conflict = new PersistenceException(POSTGRESQL_DEADLOCK);
        PersistenceException thrown = assertThrows(PersistenceException.class, () -> TransientConflicts.withTries(() -> {
            tries.incrementAndGet();
            throw conflict;
        }));
        assertSame(conflict, thrown);
        assertEquals(TransientConflicts.TRIES, tries.get());
    }

    @Test
    void anyOtherFailureIsNotTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        assertThrows(PersistenceException.class, () -> TransientConflicts.withTries(() -> {
            tries.incrementAndGet();
            throw new PersistenceException(UNIQUE_VIOLATION);
        }));
        assertEquals(1, tries.get());
    }
}
