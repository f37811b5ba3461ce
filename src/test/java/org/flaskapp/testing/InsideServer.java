package org.flaskapp.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests that run inside the server, next to the code they test (services with their
 * real datasource and transactions): Arquillian deploys the built WAR with the test class added,
 * and injects the test's {@code @Inject} fields there.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class InsideServer {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(InsideServer.class);
    }
}
