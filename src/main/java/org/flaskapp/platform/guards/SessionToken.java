package org.flaskapp.platform.guards;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret bound to one visitor's HTTP session. Every form shown to a visitor who has a session
 * carries it in a hidden field ({@code platform.faces.SessionTokenRenderKitFactory} writes it), and
 * {@link SessionTokenFilter} refuses a post from such a visitor without it: a page of another site
 * cannot read it, so it cannot make the visitor's browser send it. Visitors without a session
 * (everyone who is not signed in) neither get nor need one.
 */
public final class SessionToken {

    /** The name of the hidden field. */
    public static final String FIELD = "session-token";

    private static final String ATTRIBUTE = SessionToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionToken() {
    }

    /** The token of {@code session}, made on first use. */
    public static String of(HttpSession session) {
        synchronized (session) {
            String token = (String) session.getAttribute(ATTRIBUTE);
            if (token == null) {
                byte[] secret = new byte[32];
                RANDOM.nextBytes(secret);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
                session.setAttribute(ATTRIBUTE, token);
            }
            return token;
        }
    }

    /** Whether {@code sent} is the token of {@code session}; compared in constant time. */
    static boolean matches(HttpSession session, String sent) {
        String token = (String) session.getAttribute(ATTRIBUTE);
        return token != null && sent != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
