package org.flaskapp.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flaskapp.platform.refusal.Invalid;
import org.flaskapp.platform.refusal.NotAllowed;
import org.flaskapp.testing.InsideServer;
import org.junit.jupiter.api.Test;

/** {@link AccountService} inside the server, on the real datasource. */
class AccountServiceIT extends InsideServer {

    private static final Caller ADMIN = new Caller("admin", Role.ADMINISTRATOR);
    private static final String PASSWORD = "an initial password";

    @Inject
    AccountService accounts;

    @Resource(lookup = "jdbc/flaskapp")
    DataSource database;

    private static String newName() {
        return "author-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theTestServersFirstAdministratorExistsAndNoSecondIsMade() {
        Account admin = accounts.find("admin").orElseThrow();

        assertEquals(Role.ADMINISTRATOR, admin.getRole());
        assertEquals(Optional.empty(), accounts.ensureAdministrator(Optional.empty()));
    }

    @Test
    void aNewAuthorSignsInWithTheInitialPasswordAndMustChangeIt() {
        String name = newName();
        accounts.createAuthor(ADMIN, name, PASSWORD);

        Account author = accounts.verify(name, PASSWORD).orElseThrow();

        assertEquals(Role.AUTHOR, author.getRole());
        assertTrue(author.isMustChangePassword());
        assertTrue(accounts.verify(name, "another password").isEmpty());
    }

    @Test
    void onlyAnAdministratorAddsAuthorsWithAValidNameAndPassword() {
        Caller author = new Caller("someone", Role.AUTHOR);

        assertThrows(NotAllowed.class, () -> accounts.createAuthor(author, newName(), PASSWORD));
        assertThrows(Invalid.class, () -> accounts.createAuthor(ADMIN, "no spaces please", PASSWORD));
        assertThrows(Invalid.class, () -> accounts.createAuthor(ADMIN, newName(), "too short"));
        assertThrows(Invalid.class, () -> accounts.createAuthor(ADMIN, "admin", PASSWORD));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String name = newName();
        accounts.createAuthor(ADMIN, name, PASSWORD);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertTrue(accounts.verify(name, "wrong password " + attempt).isEmpty());
        }

        assertTrue(accounts.verify(name, PASSWORD).isEmpty(), "locked");
        assertTrue(accounts.find(name).orElseThrow().getLockedUntil() != null);
        accounts.resetPassword(ADMIN, name, "a reset password");
        assertTrue(accounts.verify(name, "a reset password").isPresent(), "a reset unlocks");
    }

    @Test
    void aRightPasswordBetweenFailuresStartsTheCountAgain() {
        String name = newName();
        accounts.createAuthor(ADMIN, name, PASSWORD);

        for (int attempt = 1; attempt <= 4; attempt++) {
            accounts.verify(name, "wrong password " + attempt);
        }
        accounts.verify(name, PASSWORD);
        for (int attempt = 1; attempt <= 4; attempt++) {
            accounts.verify(name, "wrong password " + attempt);
        }

        assertTrue(accounts.verify(name, PASSWORD).isPresent());
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabled() {
        String name = newName();
        accounts.createAuthor(ADMIN, name, PASSWORD);

        accounts.setDisabled(ADMIN, name, true);
        assertTrue(accounts.verify(name, PASSWORD).isEmpty());
        accounts.setDisabled(ADMIN, name, false);
        assertTrue(accounts.verify(name, PASSWORD).isPresent());
        assertThrows(Invalid.class, () -> accounts.setDisabled(ADMIN, "admin", true));
    }

    @Test
    void aChangedPasswordReplacesTheOldOneAndEndsTheObligation() {
        String name = newName();
        accounts.createAuthor(ADMIN, name, PASSWORD);
        Caller author = new Caller(name, Role.AUTHOR);

        assertThrows(Invalid.class, () -> accounts.changePassword(author, "not the current", "a brand new password"));
        assertThrows(Invalid.class, () -> accounts.changePassword(author, PASSWORD, PASSWORD));
        accounts.changePassword(author, PASSWORD, "a brand new password");

        assertTrue(accounts.verify(name, PASSWORD).isEmpty());
        assertFalse(accounts.verify(name, "a brand new password").orElseThrow().isMustChangePassword());
    }

    @Test
    void aHashWithOlderParametersIsReplacedAtTheNextSignIn() throws SQLException {
        String name = newName();
        accounts.createAuthor(ADMIN, name, PASSWORD);
        storeHash(name, PasswordHash.of(PASSWORD, 1000));

        assertTrue(accounts.verify(name, PASSWORD).isPresent());

        String stored = storedHash(name);
        assertTrue(stored.startsWith("pbkdf2-sha256$" + PasswordHash.ITERATIONS + "$"), stored);
        assertTrue(PasswordHash.matches(PASSWORD, stored));
    }

    private void storeHash(String name, String hash) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE account SET password_hash = ? WHERE name = ?")) {
            update.setString(1, hash);
            update.setString(2, name);
            assertEquals(1, update.executeUpdate());
        }
    }

    private String storedHash(String name) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT password_hash FROM account WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }
}
