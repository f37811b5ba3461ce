package org.flaskapp.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.flaskapp.platform.operations.health.HealthCheck;

/**
 * Readiness: the shared content version can be read. Without it a server sends nothing it kept
 * (ContentVersion) and every page is rendered: it still answers, but slowly, so it is not ready.
 */
@ApplicationScoped
public class ContentVersionCheck implements HealthCheck {

    @Inject
    SharedContentVersion shared;

    @Override
    public String name() {
        return "content-version";
    }

    @Override
    public Optional<String> problem() {
        try {
            shared.readCommitted();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("cannot read the shared content version (" + e.getClass().getSimpleName() + ")");
        }
    }
}
