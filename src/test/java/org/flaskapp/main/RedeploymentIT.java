package org.flaskapp.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.UUID;
import org.flaskapp.testing.Deployments;
import org.flaskapp.testing.SiteClient;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
    void dataSurvivesARedeployAndTheSampleDataIsNotLoadedAgain() throws MalformedURLException {
        URL base = applicationAddress();
        String question = "Still here after a redeploy? " + UUID.randomUUID();
        deployer.deploy(APP);
        try {
            SiteClient site = new SiteClient(base);
            assertEquals(302, site.ask(question, "Yes").status());
            long postsBefore = postCount(site);

            deployer.undeploy(APP);
            deployer.deploy(APP);

            SiteClient after = new SiteClient(base);
            assertEquals(1, after.get("questions/").document().getElementsContainingOwnText(question).size());
            assertEquals(postsBefore, postCount(after), "the sample posts are not added a second time");
        } finally {
            deployer.undeploy(APP);
        }
    }

    /** How many posts the site lists, counted page by page along the "older" links. */
    private static long postCount(SiteClient site) {
        long count = 0;
        String page = "posts/";
        for (int pages = 0; page != null; pages++) {
            assertTrue(pages < 1_000, "the pages end");
            Document list = site.get(page).document();
            count += list.select("article.post").size();
            Element older = list.selectFirst("a[rel=next]");
            page = older == null ? null : "posts/" + older.attr("href"); // "?after=42"
        }
        return count;
    }
}
