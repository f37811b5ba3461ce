package org.flaskapp.platform.operations.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the readiness checks side by side, each for at most {@value #LIMIT_SECONDS} s: a database
 * that does not answer makes a probe say DOWN quickly instead of holding one of the few request
 * threads. A check still running from an earlier probe is not started again (probes come every
 * few seconds; a hung connection attempt must not pile up threads), and counts as DOWN.
 */
@ApplicationScoped
public class TimedChecks {

    static final int LIMIT_SECONDS = 3;

    @Inject
    Instance<HealthCheck> checks;

    @Resource
    ManagedExecutorService executor;

    private final Map<String, Future<HealthStatus.Result>> running = new ConcurrentHashMap<>();

    List<HealthStatus.Result> readiness() {
        List<Future<HealthStatus.Result>> started = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (HealthCheck check : checks) {
            names.add(check.name());
            started.add(running.compute(check.name(), (name, earlier) ->
                    earlier == null || earlier.isDone() ? executor.submit(() -> run(check)) : earlier));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        List<HealthStatus.Result> results = new ArrayList<>();
        for (int i = 0; i < started.size(); i++) {
            results.add(outcome(names.get(i), started.get(i), deadline));
        }
        return results;
    }

    private HealthStatus.Result run(HealthCheck check) {
        try {
            return check.problem().map(reason -> HealthStatus.Result.down(check.name(), reason))
                    .orElseGet(() -> HealthStatus.Result.up(check.name()));
        } catch (RuntimeException e) {
            return HealthStatus.Result.down(check.name(), "the check failed: " + e.getClass().getSimpleName());
        }
    }

    private static HealthStatus.Result outcome(String name, Future<HealthStatus.Result> result, long deadline) {
        try {
            return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return HealthStatus.Result.down(name, "no answer within " + LIMIT_SECONDS + " s");
        } catch (ExecutionException e) {
            return HealthStatus.Result.down(name, "the check failed: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthStatus.Result.down(name, "interrupted");
        }
    }
}
