package org.flaskapp.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flaskapp.platform.refusal.Invalid;

/** The accounts: the only way into the ACCOUNT table, and the rules of signing in. */
@ApplicationScoped
public class AccountService {

    public static final int PASSWORD_MIN_LENGTH = 12;
    public static final int PASSWORD_MAX_LENGTH = 128;
    static final String ADMINISTRATOR_NAME = "admin";

    /**
     * Compared against when a name is unknown, so that the refusal takes as long as for a known
     * one. Made on first use (a holder class): hashing costs a second of a cold start's processor,
     * which the first page after a start should not wait for.
     */
    private static final class NoSuchAccount {
        static final String HASH = PasswordHash.of(generatedPassword());
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "flaskapp.sign-in.failures-before-lock", defaultValue = "5")
    private int failuresBeforeLock;

    @Inject
    @ConfigProperty(name = "flaskapp.sign-in.lock-minutes", defaultValue = "15")
    private int lockMinutes;

    /**
     * The account with this name and password, when it may sign in now: not disabled, not locked.
     * A wrong password counts as a failure; {@code failures-before-lock} of them in a row lock the
     * account for {@code lock-minutes}. A right password stores a new hash when the hashing
     * parameters changed since it was made.
     */
    @Transactional
    public Optional<Account> verify(String name, String password) {
        Optional<Account> found = find(name);
        if (found.isEmpty()) {
            PasswordHash.matches(password, NoSuchAccount.HASH);
            return Optional.empty();
        }
        Account account = found.get();
        boolean right = PasswordHash.matches(password, account.passwordHash());
        if (account.isDisabled() || account.isLockedAt(now())) {
            return Optional.empty();
        }
        if (!right) {
            countFailure(account);
            return Optional.empty();
        }
        em.createQuery("UPDATE Account a SET a.failedSignIns = 0 WHERE a.id = :id AND a.failedSignIns > 0")
                .setParameter("id", account.id()).executeUpdate();
        if (PasswordHash.isOutdated(account.passwordHash())) {
            account.setPassword(PasswordHash.of(password), account.isMustChangePassword());
        }
        return Optional.of(account);
    }

    private void countFailure(Account account) {
        em.createQuery("UPDATE Account a SET a.failedSignIns = a.failedSignIns + 1 WHERE a.id = :id")
                .setParameter("id", account.id()).executeUpdate();
        em.createQuery("UPDATE Account a SET a.lockedUntil = :until, a.failedSignIns = 0"
                        + " WHERE a.id = :id AND a.failedSignIns >= :limit")
                .setParameter("until", now().plusMinutes(lockMinutes))
                .setParameter("id", account.id())
                .setParameter("limit", failuresBeforeLock)
                .executeUpdate();
    }

    public Optional<Account> find(String name) {
        return em.createQuery("SELECT a FROM Account a WHERE a.name = :name", Account.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    /** Every account, by name; for administrators. */
    public List<Account> all(Caller caller) {
        caller.requireAdministrator();
        return em.createQuery("SELECT a FROM Account a ORDER BY a.name", Account.class).getResultList();
    }

    /** A new author, who must change {@code initialPassword} at first sign-in. */
    @Transactional
    public Account createAuthor(Caller caller, String name, String initialPassword) {
        caller.requireAdministrator();
        if (name == null || !name.matches(Account.NAME_PATTERN)) {
            throw new Invalid(Account.NAME_RULE);
        }
        if (find(name).isPresent()) {
            throw new Invalid("There is already an account named " + name + ".");
        }
        Account author = new Account(name, PasswordHash.of(checked(initialPassword)), Role.AUTHOR, true);
        em.persist(author);
        return author;
    }

    /** Disables an account (it can no longer sign in) or enables it again. */
    @Transactional
    public void setDisabled(Caller caller, String name, boolean disabled) {
        caller.requireAdministrator();
        if (caller.name().equals(name)) {
            throw new Invalid("You cannot disable your own account.");
        }
        existing(name).setDisabled(disabled);
    }

    /** Gives an account a new password that must be changed at its next sign-in, and unlocks it. */
    @Transactional
    public void resetPassword(Caller caller, String name, String newPassword) {
        caller.requireAdministrator();
        Account account = existing(name);
        account.setPassword(PasswordHash.of(checked(newPassword)), true);
        account.unlock();
    }

    /** The caller's own new password, given their current one. */
    @Transactional
    public void changePassword(Caller caller, String currentPassword, String newPassword) {
        Account account = existing(caller.name());
        if (currentPassword == null || !PasswordHash.matches(currentPassword, account.passwordHash())) {
            throw new Invalid("The current password is not right.");
        }
        if (currentPassword.equals(newPassword)) {
            throw new Invalid("The new password must differ from the current one.");
        }
        account.setPassword(PasswordHash.of(checked(newPassword)), false);
    }

    /**
     * Creates the administrator {@value #ADMINISTRATOR_NAME} when the database has none: with
     * {@code configuredPassword} when there is one, else with a generated one that must be changed
     * at first sign-in.
     *
     * @return the generated password, to be shown to whoever runs the server, once; else empty
     */
    @Transactional
    public Optional<String> ensureAdministrator(Optional<String> configuredPassword) {
        long administrators = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :role", Long.class)
                .setParameter("role", Role.ADMINISTRATOR.roleName()).getSingleResult();
        if (administrators > 0 || find(ADMINISTRATOR_NAME).isPresent()) {
            return Optional.empty();
        }
        String password = configuredPassword.orElseGet(AccountService::generatedPassword);
        em.persist(new Account(ADMINISTRATOR_NAME, PasswordHash.of(checked(password)), Role.ADMINISTRATOR,
                configuredPassword.isEmpty()));
        return configuredPassword.isEmpty() ? Optional.of(password) : Optional.empty();
    }

    private Account existing(String name) {
        return find(name).orElseThrow(() -> new Invalid("There is no account named " + name + "."));
    }

    private static String checked(String password) {
        if (password == null || password.length() < PASSWORD_MIN_LENGTH || password.length() > PASSWORD_MAX_LENGTH) {
            throw new Invalid("A password needs " + PASSWORD_MIN_LENGTH + " to "
                    + PASSWORD_MAX_LENGTH + " characters.");
        }
        return password;
    }

    private static String generatedPassword() {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
