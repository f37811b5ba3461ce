package org.flaskapp.platform.operations.health;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Whether everything that runs when the application starts has run: the database migrations
 * first of all ({@code DatabaseMigrations} observes the same event, earlier). Until then the
 * startup and readiness probes say DOWN; a server also answers nothing of the site until then.
 */
@ApplicationScoped
public class StartupState {

    static final String CHECK = "started";

    private volatile boolean started;

    /** After every other observer of the start (they run in order of priority, lowest first). */
    void started(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class) Object application) {
        started = true;
    }

    HealthStatus.Result check() {
        return started ? HealthStatus.Result.up(CHECK)
                : HealthStatus.Result.down(CHECK, "the application is starting: database migrations and start-up tasks are running");
    }
}
