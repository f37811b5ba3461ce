package org.flaskapp.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.UserTransaction;
import org.flaskapp.testing.Deployments;
import org.flaskapp.testing.InsideServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * TransientConflicts in the server: it binds to every {@code @Transactional} method of the
 * deployment (both servers' transaction interceptors run inside it), tries a transaction again
 * after a deadlock or lock timeout, and leaves a transaction that is already running alone.
 */
@ExtendWith(ArquillianExtension.class)
class TransientConflictsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(InsideServer.class, ConflictingWrites.class);
    }

    @Inject
    ConflictingWrites writes;

    @Inject
    UserTransaction transaction;

    @BeforeEach
    void freshCount() {
        writes.reset();
    }

    @Test
    void aTransactionRefusedForADeadlockIsTriedAgainAndSucceeds() {
        assertEquals(2, writes.write(1, "40001"));
    }

    @Test
    void aLockTimeoutThatLastsFailsAfterThreeTries() {
        assertThrows(PersistenceException.class, () -> writes.write(10, "40XL1"));
        assertEquals(3, writes.tries());
    }

    @Test
    void anyOtherRefusalIsNotTriedAgain() {
        assertThrows(PersistenceException.class, () -> writes.write(1, "23505"));
        assertEquals(1, writes.tries());
    }

    @Test
    void insideARunningTransactionTheCallerDecides() throws Exception {
        transaction.begin();
        try {
            assertThrows(PersistenceException.class, () -> writes.write(1, "40001"));
        } finally {
            transaction.rollback();
        }
        assertEquals(1, writes.tries());
    }
}
