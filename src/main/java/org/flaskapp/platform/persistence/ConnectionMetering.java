package org.flaskapp.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Puts {@link MeteredConnector} between EclipseLink and the server's datasource, so that the
 * metrics show how the server's connection pool serves the site, the same on every server:
 * Payara and WildFly each keep their own pool figures in their own management interfaces, under
 * their own names. Named in persistence.xml ({@code eclipselink.session.customizer}).
 */
public class ConnectionMetering implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        meter(session.getDatasourceLogin());
        if (session instanceof ServerSession server) {
            meter(server.getReadConnectionPool().getLogin());
            server.getConnectionPools().values().stream().map(ConnectionPool::getLogin).forEach(ConnectionMetering::meter);
        }
    }

    private static void meter(org.eclipse.persistence.sessions.Login login) {
        if (login instanceof DatasourceLogin datasourceLogin && !(datasourceLogin.getConnector() instanceof MeteredConnector)) {
            datasourceLogin.setConnector(new MeteredConnector(datasourceLogin.getConnector()));
        }
    }
}
