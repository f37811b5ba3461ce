package org.flaskapp.platform.operations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class RequestIdFilterTest {

    /** An exception as thrown by a method of {@code className}. */
    private static IllegalStateException thrownBy(String className) {
        IllegalStateException failure = new IllegalStateException("WFLYCLWEBUT0003: Session manager was stopped");
        failure.setStackTrace(new StackTraceElement[] {new StackTraceElement(className, "getSession", "X.java", 1)});
        return failure;
    }

    @Test
    void theSessionsGoingAwayUnderARequestIsTheServerStopping() {
        IllegalStateException stopped = thrownBy("org.wildfly.clustering.web.undertow.session.DistributableSessionManager");

        assertTrue(RequestIdFilter.isServerStopping(stopped));
        assertTrue(RequestIdFilter.isServerStopping(new ServletException(stopped)), "also when wrapped");
    }

    @Test
    void anyOtherFailureIsNot() {
        assertFalse(RequestIdFilter.isServerStopping(thrownBy("org.flaskapp.posts.PostService")));
        assertFalse(RequestIdFilter.isServerStopping(new IllegalArgumentException("bad")));
        assertFalse(RequestIdFilter.isServerStopping(new ServletException("no cause")));
    }
}
