package org.flaskapp.platform.client;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One thing a client did that a limit counts; see {@link ClientEvents}. */
@Entity
@Table(name = "client_event")
@Cacheable(false) // written by every server: always read from the database
public class ClientEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;

    @Column(name = "client_key")
    private String clientKey;

    @Column(name = "happened_at")
    private LocalDateTime happenedAt;

    protected ClientEvent() {
    }

    ClientEvent(String kind, String clientKey, Instant happenedAt) {
        this.kind = kind;
        this.clientKey = clientKey;
        this.happenedAt = LocalDateTime.ofInstant(happenedAt, ZoneOffset.UTC);
    }

    Instant happenedAt() {
        return happenedAt.toInstant(ZoneOffset.UTC);
    }
}
