package org.flaskapp.accounts;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A personal token with which an author's scripts use the API. Only the SHA-256 of its secret is
 * stored: the secret is shown once, when it is made. Times are UTC.
 */
@Entity
@Table(name = "api_token")
@Cacheable(false) // a revoked token stops working at once, on every server
public class ApiToken {

    public static final int NAME_MAX_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_name", nullable = false, updatable = false)
    private String accountName;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TokenScope scope;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private LocalDateTime expiresAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(String accountName, String name, String secretHash, TokenScope scope, LocalDateTime createdAt,
             LocalDateTime expiresAt) {
        this.accountName = accountName;
        this.name = name;
        this.secretHash = secretHash;
        this.scope = scope;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getAccountName() {
        return accountName;
    }

    public String getName() {
        return name;
    }

    public TokenScope getScope() {
        return scope;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    /** When it was last used (to the minute), or null. */
    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }
}
