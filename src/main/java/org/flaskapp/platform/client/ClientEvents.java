package org.flaskapp.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What clients did, counted in a sliding window by every server of the site alike (table
 * client_event): a limit per client holds however many servers the balancer spreads the client
 * over, and a restart forgets nothing.
 */
@ApplicationScoped
public class ClientEvents {

    @PersistenceContext
    private EntityManager em;

    /** When each event of {@code kind} by {@code key} within the last {@code window} happened, oldest first. */
    public List<Instant> within(String kind, String key, Duration window) {
        return em.createQuery("SELECT e FROM ClientEvent e WHERE e.kind = :kind AND e.clientKey = :key"
                        + " AND e.happenedAt > :since ORDER BY e.happenedAt", ClientEvent.class)
                .setParameter("kind", kind)
                .setParameter("key", key)
                .setParameter("since", utc(now().minus(window)))
                .getResultStream().map(ClientEvent::happenedAt).toList();
    }

    /** Counts an event of {@code kind} by {@code key} now; forgets events older than {@code window}. */
    @Transactional
    public void add(String kind, String key, Duration window) {
        em.createQuery("DELETE FROM ClientEvent e WHERE e.kind = :kind AND e.happenedAt <= :before")
                .setParameter("kind", kind)
                .setParameter("before", utc(now().minus(window)))
                .executeUpdate();
        em.persist(new ClientEvent(kind, key, now()));
    }

    /** The time now; tests move it. */
    public Instant now() {
        return Clock.systemUTC().instant();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
