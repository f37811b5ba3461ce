package org.flaskapp.platform.operations.wildfly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.undertow.server.session.SessionConfig;
import io.undertow.server.session.SessionManager;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class StopTolerantSessionManagerTest {

    /** A session manager as WildFly's is once a stop has begun: every question about a session fails. */
    private static final SessionManager STOPPED = (SessionManager) Proxy.newProxyInstance(SessionManager.class.getClassLoader(),
            new Class<?>[] {SessionManager.class}, (proxy, method, arguments) -> {
                throw new IllegalStateException("WFLYCLWEBUT0003: Session manager was stopped");
            });

    /** The session cookie a request sent, if any. */
    private static SessionConfig cookie(String sessionId) {
        return (SessionConfig) Proxy.newProxyInstance(SessionConfig.class.getClassLoader(), new Class<?>[] {SessionConfig.class},
                (proxy, method, arguments) -> method.getName().equals("findSessionId") ? sessionId : null);
    }

    @Test
    void aRequestThatNamesNoSessionHasNoneWhenTheManagerHasStopped() {
        assertNull(new StopTolerantSessionManager(STOPPED).getSession(null, cookie(null)));
    }

    @Test
    void aRequestThatNamesASessionStillFailsSoThatItIsNotServedAsAVisitors() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new StopTolerantSessionManager(STOPPED).getSession(null, cookie("a-signed-in-users-session")));
        assertEquals("WFLYCLWEBUT0003: Session manager was stopped", failure.getMessage());
    }
}
