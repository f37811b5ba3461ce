package org.flaskapp.platform.operations.wildfly;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.session.Session;
import io.undertow.server.session.SessionConfig;
import io.undertow.server.session.SessionListener;
import io.undertow.server.session.SessionManager;
import io.undertow.server.session.SessionManagerStatistics;
import java.util.Set;

/**
 * The container's session manager, except that a request that names no session is told it has
 * none when the manager has stopped under it ("WFLYCLWEBUT0003: Session manager was stopped")
 * instead of failing: it had no session to lose, so it is answered as it would have been. A
 * request that names a session still fails, and the application answers it 503 while the server
 * stops ({@code RequestIdFilter}): it must not be served as a visitor's.
 */
class StopTolerantSessionManager implements SessionManager {

    private final SessionManager container;

    StopTolerantSessionManager(SessionManager container) {
        this.container = container;
    }

    @Override
    public Session getSession(HttpServerExchange exchange, SessionConfig config) {
        try {
            return container.getSession(exchange, config);
        } catch (IllegalStateException stopped) {
            if (config.findSessionId(exchange) == null) {
                return null;
            }
            throw stopped;
        }
    }

    @Override
    public String getDeploymentName() {
        return container.getDeploymentName();
    }

    @Override
    public void start() {
        container.start();
    }

    @Override
    public void stop() {
        container.stop();
    }

    @Override
    public Session createSession(HttpServerExchange exchange, SessionConfig config) {
        return container.createSession(exchange, config);
    }

    @Override
    public Session getSession(String id) {
        return container.getSession(id);
    }

    @Override
    public void registerSessionListener(SessionListener listener) {
        container.registerSessionListener(listener);
    }

    @Override
    public void removeSessionListener(SessionListener listener) {
        container.removeSessionListener(listener);
    }

    @Override
    public void setDefaultSessionTimeout(int seconds) {
        container.setDefaultSessionTimeout(seconds);
    }

    @Override
    public Set<String> getTransientSessions() {
        return container.getTransientSessions();
    }

    @Override
    public Set<String> getActiveSessions() {
        return container.getActiveSessions();
    }

    @Override
    public Set<String> getAllSessions() {
        return container.getAllSessions();
    }

    @Override
    public SessionManagerStatistics getStatistics() {
        return container.getStatistics();
    }
}
