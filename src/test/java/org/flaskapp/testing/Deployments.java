package org.flaskapp.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives that the integration tests deploy. */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The very WAR that the build produced (the build passes its path as {@code war.file}), so the
     * tests exercise what a user deploys, not a hand-picked subset of it.
     */
    public static WebArchive application() {
        File war = new File(System.getProperty("war.file", "target/flaskapp.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
