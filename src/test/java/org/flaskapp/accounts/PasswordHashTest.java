package org.flaskapp.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theRightPasswordMatchesAndAnyOtherDoesNot() {
        String stored = PasswordHash.of("correct horse battery");

        assertTrue(PasswordHash.matches("correct horse battery", stored));
        assertFalse(PasswordHash.matches("correct horse batterY", stored));
        assertFalse(PasswordHash.matches("", stored));
    }

    @Test
    void newHashesUse600000IterationsOfPbkdf2Sha256WithAFreshSalt() {
        String first = PasswordHash.of("same password");
        String second = PasswordHash.of("same password");

        assertTrue(first.startsWith("pbkdf2-sha256$600000$"), first);
        assertNotEquals(first, second, "each hash has its own salt");
    }

    @Test
    void aHashMadeWithOtherParametersStillMatchesButIsOutdated() {
        String old = PasswordHash.of("an older password", 1000);

        assertTrue(PasswordHash.matches("an older password", old));
        assertTrue(PasswordHash.isOutdated(old));
        assertFalse(PasswordHash.isOutdated(PasswordHash.of("a new one")));
    }

    @Test
    void somethingThatIsNoHashOfOursMatchesNothing() {
        assertFalse(PasswordHash.matches("x", "plain text"));
        assertFalse(PasswordHash.matches("x", "md5$1$abc$def"));
    }
}
