package org.flaskapp.platform.operations.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret with which a metrics scraper (Prometheus) reads {@link MetricsServlet#PATH} without
 * signing in: {@code Authorization: Bearer TOKEN}, the token set in MicroProfile Config
 * {@value #SETTING} (environment: FLASKAPP_METRICS_TOKEN). Without it set, only administrators
 * who signed in read the metrics. The token opens that one address and nothing else.
 */
@ApplicationScoped
public class ScraperToken {

    public static final String SETTING = "flaskapp.metrics.token";
    /** The role a scraper gets for that one request (web.xml lets it read the metrics). */
    public static final String ROLE = "metrics";
    private static final String BEARER = "Bearer ";
    private static final int SHORTEST = 16;

    @Inject
    @ConfigProperty(name = SETTING)
    Optional<String> token;

    /** Whether {@code request} asks for the metrics with a bearer token (right or wrong). */
    public boolean isAskedWith(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.startsWith(BEARER)
                && MetricsServlet.PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
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
