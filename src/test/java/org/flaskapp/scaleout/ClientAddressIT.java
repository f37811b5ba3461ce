package org.flaskapp.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.flaskapp.testing.Accounts;
import org.junit.jupiter.api.Test;

/**
 * Behind the balancer each client is counted by its own address, on every instance alike: a
 * client that fails to sign in again and again is held, and another client is not.
 */
class ClientAddressIT {

    /** flaskapp.sign-in.address-failures, as every instance has it by default. */
    private static final int ALLOWED_FAILURES = 20;

    @Test
    void aClientThatFailsTwentySignInsIsHeldWhileAnotherClientSignsIn() {
        VisitorAt guesser = new VisitorAt("127.0.0.2", ScaleOut.balancer());
        VisitorAt administrator = new VisitorAt("127.0.0.3", ScaleOut.balancer());
        String unknownName = "nobody-" + UUID.randomUUID();

        for (int attempt = 1; attempt <= ALLOWED_FAILURES; attempt++) {
            assertEquals(401, guesser.signIn(unknownName, "guess " + attempt), "attempt " + attempt);
        }

        assertEquals(302, administrator.signIn("admin", Accounts.adminPassword()), "another client signs in");
        assertEquals(429, guesser.signIn("admin", Accounts.adminPassword()),
                "held, even with the right password, whichever instance the balancer chose");
    }
}
