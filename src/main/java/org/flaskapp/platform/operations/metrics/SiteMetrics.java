package org.flaskapp.platform.operations.metrics;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * The site's metrics, for Prometheus. The code that counts something uses Micrometer's global
 * registry ({@code Metrics.counter(...)}), which counts into nothing until this registry joins it
 * at start-up (and in unit tests, where it never does); this registry leaves it, and stops
 * watching the JVM's collectors, when the application stops, so a redeployment leaks nothing.
 */
@ApplicationScoped
public class SiteMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics collections = new JvmGcMetrics();

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        new JvmMemoryMetrics().bindTo(registry);
        collections.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Metrics.addRegistry(registry);
    }

    @PreDestroy
    void stop() {
        Metrics.removeRegistry(registry);
        collections.close();
        registry.close();
    }

    /** Every metric now, in Prometheus' text format (version 0.0.4). */
    String scrape() {
        return registry.scrape();
    }
}
