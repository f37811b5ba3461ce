package org.flaskapp.accounts;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDateTime;

/**
 * Someone who signs in. Accounts are disabled, never deleted: posts keep their author's name.
 * Failed sign-ins are counted by {@link AccountService} with single UPDATE statements, so that
 * attempts at the same moment all count. Times are UTC.
 */
@Entity
@Table(name = "ACCOUNT")
@Cacheable(false) // a disabled, locked or reset account is seen as such at once, by every server

public class Account {

    /** Letters, digits, dot, dash and underscore: a name that is safe in every address and log line. */
    public static final String NAME_PATTERN = "[A-Za-z0-9._-]{2,40}";
    public static final String NAME_RULE = "A user name has 2 to 40 letters, digits, dots, dashes or underscores.";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Pattern(regexp = NAME_PATTERN, message = NAME_RULE)
    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "PASSWORD_HASH", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String role;

    @Column(name = "MUST_CHANGE_PASSWORD")
    private boolean mustChangePassword;

    private boolean disabled;

    /** Written only by AccountService's counting statements, never from this object. */
    @Column(name = "FAILED_SIGN_INS", insertable = false, updatable = false)
    private int failedSignIns;

    @Column(name = "LOCKED_UNTIL")
    private LocalDateTime lockedUntil;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    Account(String name, String passwordHash, Role role, boolean mustChangePassword) {
        this.name = name;
        this.passwordHash = passwordHash;
        this.role = role.roleName();
        this.mustChangePassword = mustChangePassword;
    }

    Long id() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return Role.named(role);
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    String passwordHash() {
        return passwordHash;
    }

    void setPassword(String newHash, boolean mustChange) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChange;
    }

    void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    void unlock() {
        this.lockedUntil = null;
    }
}
