package org.flaskapp.platform.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.OptionalLong;

/**
 * The {@link SharedContentVersion} as a row of the site's database (table content_version,
 * migration V6): every server that uses the database sees it, a write's increment becomes visible
 * exactly when the write does (same transaction), and there is nothing else to run or to heal
 * after an outage. Portable: plain JPA on any server.
 */
@ApplicationScoped
public class SharedContentVersionTable implements SharedContentVersion {

    @PersistenceContext
    private EntityManager em;

    @PersistenceUnit
    private EntityManagerFactory emf;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Override
    public OptionalLong readCommitted() {
        if (transactions.getTransactionKey() != null) {
            // Inside a write: the row may hold this transaction's own increment, and on Derby a
            // read outside it would wait for its lock.
            return OptionalLong.empty();
        }
        return OptionalLong.of(em.createQuery("SELECT v.version FROM SharedContentVersion v WHERE v.id = 1", Long.class)
                .getSingleResult());
    }

    @Override
    public long moveOn() {
        // A bulk update, not a read-modify-write: concurrent writers queue on the row's lock
        // instead of losing each other's increments; the row stays locked until the commit, so
        // the count read back is this write's own.
        em.createQuery("UPDATE SharedContentVersion v SET v.version = v.version + 1 WHERE v.id = 1")
                .executeUpdate();
        return em.createQuery("SELECT v.version FROM SharedContentVersion v WHERE v.id = 1", Long.class)
                .getSingleResult();
    }

    @Override
    public void forgetKeptData() {
        emf.getCache().evictAll();
    }
}
