package org.flaskapp.platform.operations;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Whether this deployment is being stopped. A request that fails once the stop has begun failed
 * because its parts (Faces, CDI, JPA) were taken away under it, not because of the site: it is
 * answered 503 with Retry-After by {@link RequestIdFilter}, which a visitor or a balancer can
 * act on, not 500. The servlet container says so before CDI's application context ends, so one
 * hook is enough.
 */
@WebListener
public class ApplicationStop implements ServletContextListener {

    private static volatile boolean begun;

    public static boolean hasBegun() {
        return begun;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        begun = false;
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        begun = true;
    }
}
