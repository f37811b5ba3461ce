package org.flaskapp.platform.operations.wildfly;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.SessionManagerFactory;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link StopTolerantSessionManager} around the session manager that WildFly makes for this
 * application. Named in META-INF/services/io.undertow.servlet.ServletExtension, which only
 * Undertow reads.
 */
public class SessionsStopExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        SessionManagerFactory made = deployment.getSessionManagerFactory();
        if (made != null) {
            deployment.setSessionManagerFactory(running -> new StopTolerantSessionManager(made.createSessionManager(running)));
        }
    }
}
