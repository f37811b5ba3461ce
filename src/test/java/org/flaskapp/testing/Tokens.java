package org.flaskapp.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;

/** Personal API tokens for tests, made as an author makes them: on /account/tokens/. */
public final class Tokens {

    private Tokens() {
    }

    /** A new token of the signed-in {@code user} that may {@code scope} ("read" or "write"); its secret. */
    public static String create(SiteClient user, String scope) {
        SiteClient.Response made = user.submit(user.get("account/tokens/"), "new-token-form",
                Map.of("token-name", "test " + scope, "token-scope", scope), "create-token");
        assertEquals(200, made.status(), "the token page shows the new token");
        var secret = made.document().getElementById("new-token");
        assertNotNull(secret, "the new token is on the page");
        return secret.text();
    }

    /** The header that sends {@code token}, for {@link SiteClient#request}. */
    public static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }
}
