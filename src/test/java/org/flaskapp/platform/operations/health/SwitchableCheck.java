package org.flaskapp.platform.operations.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Added to the WAR by {@link HealthIT} alone: a readiness check that the test makes fail or hang
 * (through {@link SwitchableCheckServlet}), as a database that refuses or does not answer would.
 */
@ApplicationScoped
public class SwitchableCheck implements HealthCheck {

    static final String NAME = "switchable-for-a-test";

    private volatile String state = "up";
    private volatile CountDownLatch hang = new CountDownLatch(0);
    private final AtomicInteger runs = new AtomicInteger();

    void set(String newState) {
        runs.set(0);
        hang.countDown();
        state = newState;
        hang = new CountDownLatch("hanging".equals(newState) ? 1 : 0);
    }

    /** How often the check ran since it was last set. */
    int runs() {
        return runs.get();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> problem() {
        runs.incrementAndGet();
        if ("hanging".equals(state)) {
            try {
                hang.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return "up".equals(state) ? Optional.empty() : Optional.of("made " + state + " by the test");
    }
}
