package org.flaskapp.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.flaskapp.shared.Deployments;
import org.flaskapp.shared.SiteClient;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A new deployment on the same database runs the migrations again and keeps every row. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedeploymentIT {

    private static final String APP = "app";

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    Deployer deployer;

    /** Arquillian knows a deployment's address only while it is deployed; the build passes the port. */
    private static URL applicationAddress() throws MalformedURLException {
        return new URL("http://localhost:" + System.getProperty("test.http.port", "18080") + "/");
    }

    @Test
    void dataSurvivesARedeploy() throws MalformedURLException {
        URL base = applicationAddress();
        String question = "Still here after a redeploy? " + UUID.randomUUID();
        deployer.deploy(APP);
        try {
            SiteClient site = new SiteClient(base);
            assertEquals(302, site.submit(site.get("questions/"), "question-form",
                    Map.of("content", question, "answer", "Yes"), "submit").status());
            String samplePostsBefore = site.get("posts/?page=100000").document().select(".post").text();

            deployer.undeploy(APP);
            deployer.deploy(APP);

            SiteClient after = new SiteClient(base);
            assertEquals(1, after.get("questions/").document().getElementsContainingOwnText(question).size());
            assertEquals(samplePostsBefore, after.get("posts/?page=100000").document().select(".post").text(),
                    "the sample data is not loaded a second time");
        } finally {
            deployer.undeploy(APP);
        }
    }
}
