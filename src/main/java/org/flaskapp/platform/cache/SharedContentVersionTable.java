package org.flaskapp.platform.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.flaskapp.platform.persistence.DatabaseMigrations;

/**
 * The {@link SharedContentVersion} as a row of the site's database (table content_version,
 * migration V6): every server that uses the database sees it, a write's increment becomes visible
 * exactly when the write does (same transaction), and there is nothing else to run or to heal
 * after an outage. Portable: plain JPA on any server. On an embedded Derby database, which one
 * server alone can open, nobody needs to read it (see {@link #othersCanWrite}).
 */
@ApplicationScoped
public class SharedContentVersionTable implements SharedContentVersion {

    @PersistenceContext
    private EntityManager em;

    @PersistenceUnit
    private EntityManagerFactory emf;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource(lookup = DatabaseMigrations.DATASOURCE)
    private DataSource dataSource;

    /** Null until the database has been asked. */
    private volatile Boolean othersCanWrite;

    /**
     * False for an embedded Derby database: Derby lets one Java process open it (it locks its
     * folder), so this server's writes are the only ones. True for a database that several
     * servers can reach (PostgreSQL, Derby's network server), and while it cannot be asked.
     */
    @Override
    public boolean othersCanWrite() {
        Boolean known = othersCanWrite;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                String url = connection.getMetaData().getURL();
                known = !(url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://"));
                othersCanWrite = known;
            } catch (SQLException unreachableForNow) {
                return true;
            }
        }
        return known;
    }

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
