package org.flaskapp.platform.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret with which the operators' tools (a metrics scraper, the backup command) use the
 * addresses {@link #ADDRESSES} without signing in: {@code Authorization: Bearer TOKEN}, the token
 * set in MicroProfile Config {@value #SETTING} (environment: FLASKAPP_OPERATIONS_TOKEN, at least
 * {@value #SHORTEST} characters). Without it set, only administrators who signed in read the
 * metrics, and nobody starts a backup. The token opens those addresses and nothing else, and a
 * request with it gets no session. A cross-site form cannot send the header, so a signed-in
 * administrator's browser cannot be made to start a backup.
 */
@ApplicationScoped
public class OperationsToken {

    public static final String SETTING = "flaskapp.operations.token";
    /** The role a request with the token gets (web.xml names what it may open). */
    public static final String ROLE = "operations";
    public static final Set<String> ADDRESSES = Set.of("/admin/metrics", "/admin/backup");
    private static final String BEARER = "Bearer ";
    private static final int SHORTEST = 16;

    @Inject
    @ConfigProperty(name = SETTING)
    Optional<String> token;

    /** Whether {@code request} asks for an operations address with a bearer token (right or wrong). */
    public boolean isAskedWith(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.startsWith(BEARER)
                && ADDRESSES.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Whether the request's bearer token is the configured one (compared in constant time). */
    public boolean matches(HttpServletRequest request) {
        String sent = request.getHeader("Authorization").substring(BEARER.length()).trim();
        return token.filter(expected -> expected.length() >= SHORTEST)
                .map(expected -> MessageDigest.isEqual(sha256(expected), sha256(sent)))
                .orElse(false);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
