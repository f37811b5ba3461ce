package org.flaskapp.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests that use the deployed application from outside, as a visitor does: Arquillian
 * deploys the built WAR for each such test class and tells it the address.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedSite {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** The application's root address, ending in a slash. */
    @ArquillianResource
    protected URL base;
}
