package org.flaskapp.platform.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Whether this deployment is being stopped. A request that fails once the stop has begun failed
 * because its parts (Faces, CDI, JPA) were taken away under it, not because of the site: it is
 * answered 503 with Retry-After by {@link RequestIdFilter}, which a visitor or a balancer can
 * act on, not 500. Set by whichever of the two hooks the server calls first.
 */
@WebListener
@Dependent // a listener may have no other scope; its observer is static, so CDI makes no instance for it
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

    static void beforeTheApplicationContextEnds(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
        begun = true;
    }
}
