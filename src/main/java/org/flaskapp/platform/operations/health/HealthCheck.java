package org.flaskapp.platform.operations.health;

import java.util.Optional;

/**
 * One thing a server needs before it can serve the site well, as a CDI bean: {@link HealthServlet}
 * asks every one of them for readiness. A section adds its own (the search index) without the
 * servlet knowing it.
 */
public interface HealthCheck {

    /** The check's name in the answer, such as {@code database}. */
    String name();

    /**
     * Empty when the server can serve; else why not, in words an operator can act on (never a
     * password or a stack trace: the answer is public, for probes).
     */
    Optional<String> problem();
}
