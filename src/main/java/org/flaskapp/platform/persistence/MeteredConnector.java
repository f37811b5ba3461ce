package org.flaskapp.platform.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's way to the datasource, metered: how long the site waits for a connection from
 * the server's pool (a pool that is too small, or a database that does not answer, shows here
 * first), how many connections it holds now, and how often it gets none.
 */
final class MeteredConnector implements Connector {

    private static final AtomicInteger IN_USE = Metrics.gauge("flaskapp.database.connections.in.use",
            new AtomicInteger());
    private static final Timer WAIT = Timer.builder("flaskapp.database.connection.wait")
            .description("Time to get a connection from the server's pool")
            .serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(25),
                    Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(10))
            .register(Metrics.globalRegistry);
    private static final Counter FAILURES = Counter.builder("flaskapp.database.connection.failures")
            .description("Requests for a connection that the server's pool did not fulfil")
            .register(Metrics.globalRegistry);

    private final Connector datasource;

    MeteredConnector(Connector datasource) {
        this.datasource = datasource;
    }

    @Override
    public Connection connect(Properties properties, Session session) {
        long start = System.nanoTime();
        Connection connection;
        try {
            connection = datasource.connect(properties, session);
        } catch (RuntimeException failed) {
            FAILURES.increment();
            throw failed;
        } finally {
            WAIT.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
        IN_USE.incrementAndGet();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new CountedClose(connection));
    }

    /** Passes every call on; the first close gives the connection back to the count. */
    private record CountedClose(Connection connection, AtomicBoolean closed) implements InvocationHandler {

        CountedClose(Connection connection) {
            this(connection, new AtomicBoolean());
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (method.getName().equals("close") && closed.compareAndSet(false, true)) {
                IN_USE.decrementAndGet();
            }
            try {
                return method.invoke(connection, arguments);
            } catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
        }
    }

    @Override
    public Object clone() {
        return new MeteredConnector((Connector) datasource.clone());
    }

    @Override
    public void toString(PrintWriter writer) {
        datasource.toString(writer);
    }

    @Override
    public String getConnectionDetails() {
        return datasource.getConnectionDetails();
    }
}
