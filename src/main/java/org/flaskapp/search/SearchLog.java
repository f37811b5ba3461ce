package org.flaskapp.search;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The log of searchable changes in the database (table search_change, migration V8), which every
 * server's {@link SearchFeed} reads.
 * <p>
 * A row carries the content version that its write set. The write holds the content version's
 * row locked from that moment until it commits ({@code SharedContentVersionTable.moveOn}), so
 * writes commit in the order of their versions: once a reader sees version {@code v} committed,
 * every row up to {@code v} is there to read, and a reader that has read through {@code v} has
 * missed nothing. That is why the rows are written after the content version moved (the
 * observer's priority), and read only up to a committed version.
 */
@ApplicationScoped
public class SearchLog {

    /** A change as logged: the item named, as of version {@code version}. */
    public record Logged(long version, ItemKey item) {
    }

    /** Changes read, and the version through which they are all the changes there are. */
    public record Batch(List<Logged> changes, long through) {
    }

    @PersistenceContext
    private EntityManager em;

    void record(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) SearchableChange change) {
        // One statement text for every write, so the database compiles it once: it runs while the
        // write holds the content version's row, which every other write waits for (ids written
        // into the text made Derby compile a statement per write, and writes 40 % slower).
        for (ItemKey item : new LinkedHashSet<>(change.searchableItems())) {
            em.createNativeQuery("INSERT INTO search_change (version, section, item_id, changed_at)"
                            + " SELECT version, ?1, ?2, CURRENT_TIMESTAMP FROM content_version WHERE id = 1")
                    .setParameter(1, item.section())
                    .setParameter(2, item.id())
                    .executeUpdate();
        }
    }

    /**
     * The content version as last committed: to be read in a transaction that wrote nothing (which
     * would see its own move of the version, and its own log rows, before they commit).
     */
    public long committedVersion() {
        return ((Number) em.createNativeQuery("SELECT version FROM content_version WHERE id = 1").getSingleResult()).longValue();
    }

    /** Which database this is (migration V8): an index built from another must be built again. */
    public String origin() {
        return em.createNativeQuery("SELECT database_created_at FROM search_log_state WHERE id = 1").getSingleResult().toString();
    }

    /** The version through which the log was deleted: an index older than that must be built again. */
    public long prunedThrough() {
        return ((Number) em.createNativeQuery("SELECT pruned_through FROM search_log_state WHERE id = 1").getSingleResult()).longValue();
    }

    /**
     * Deletes the changes logged before {@code before}, in the caller's transaction. Every change
     * through the newest of them is committed (writes commit in the order of their versions), so
     * the log is whole after {@link #prunedThrough()}.
     */
    public void prune(java.time.Instant before) {
        Object newest = em.createNativeQuery("SELECT MAX(version) FROM search_change WHERE changed_at < ?1")
                .setParameter(1, java.sql.Timestamp.from(before)).getSingleResult();
        if (newest == null) {
            return;
        }
        long through = ((Number) newest).longValue();
        em.createNativeQuery("UPDATE search_log_state SET pruned_through = ?1 WHERE id = 1 AND pruned_through < ?1")
                .setParameter(1, through).executeUpdate();
        em.createNativeQuery("DELETE FROM search_change WHERE version <= ?1").setParameter(1, through).executeUpdate();
    }

    /**
     * The changes after version {@code after} through {@code through} (a committed version), in
     * order: at most about {@code max}, each version's changes whole.
     */
    public Batch between(long after, long through, int max) {
        List<Logged> changes = read("version > ?1 AND version <= ?2", after, through, max + 1);
        if (changes.size() <= max) {
            return new Batch(changes, through);
        }
        long last = changes.get(changes.size() - 1).version();
        List<Logged> whole = new ArrayList<>(changes.stream().filter(change -> change.version() < last).toList());
        if (whole.isEmpty()) { // one write changed more than max items: take all of them
            return new Batch(read("version >= ?1 AND version <= ?2", last, last, Integer.MAX_VALUE), last);
        }
        return new Batch(whole, last - 1);
    }

    private List<Logged> read(String where, long from, long to, int max) {
        List<?> rows = em.createNativeQuery("SELECT version, section, item_id FROM search_change WHERE " + where
                        + " ORDER BY version")
                .setParameter(1, from).setParameter(2, to)
                .setMaxResults(max)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new Logged(((Number) row[0]).longValue(), new ItemKey((String) row[1], ((Number) row[2]).longValue())))
                .toList();
    }
}
