package org.flaskapp.platform.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every transaction of the site is tried again, at most twice, when the database rolled it back
 * for a conflict with another one that a second try resolves: a deadlock or a lock that was not
 * granted in time (SQL state class 40: PostgreSQL's 40001 and 40P01, Derby's 40001 and 40XL1;
 * Derby also answers so when several first inserts after a start race for a table's identity
 * values). Without it the visitor would get a 500 for nothing they did.
 * <p>
 * It binds to {@link Transactional} itself and runs outside the transaction interceptor (a lower
 * priority than the servers' {@code PLATFORM_BEFORE + 200}), so each try is a whole new
 * transaction; a method called inside a transaction that is already running is not tried again
 * here, its caller's transaction is. Service methods build their entities from the values they
 * are given, never persist an object the caller keeps, so that a second try starts clean.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TransientConflicts {

    static final int TRIES = 3;
    private static final Counter RETRIES = Counter.builder("flaskapp.transaction.retries")
            .description("Transactions tried again after a transient conflict in the database")
            .register(Metrics.globalRegistry);

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object tryAgainOnConflict(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed(); // the transaction that is running is the one to try again
        }
        return withTries(call::proceed);
    }

    /** Runs {@code work} up to {@value #TRIES} times while it fails with a transient conflict. */
    static Object withTries(Work work) throws Exception {
        for (int tried = 1; ; tried++) {
            try {
                return work.run();
            } catch (Exception failure) {
                if (tried == TRIES || !isTransientConflict(failure)) {
                    throw failure;
                }
                RETRIES.increment();
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * tried)); // out of step with the other party
            }
        }
    }

    /**
     * Whether {@code failure} comes from the database's "transaction rolled back" (SQL state class
     * 40), among its causes or, for a failed commit, the exceptions that the transaction manager
     * attached to it as suppressed.
     */
    static boolean isTransientConflict(Throwable failure) {
        return isTransientConflict(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isTransientConflict(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
            return true;
        }
        return (failure instanceof SQLException sql && isTransientConflict(sql.getNextException(), seen))
                || isTransientConflict(failure.getCause(), seen)
                || Arrays.stream(failure.getSuppressed()).anyMatch(suppressed -> isTransientConflict(suppressed, seen));
    }

    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }
}
