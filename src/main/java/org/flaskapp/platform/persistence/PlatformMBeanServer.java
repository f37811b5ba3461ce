package org.flaskapp.platform.persistence;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServerBuilder;

/**
 * Makes the JVM's platform MBean server before embedded Derby first boots, when nothing has made
 * it yet. Payara names its own builder for it ({@value #BUILDER_SETTING}), a class that only
 * Payara's kernel can load. When a Payara server restarts with the app deployed, apps start before
 * Payara makes the platform server; Derby's first boot (for the migrations) then asks for it from
 * the app's thread, cannot load the builder, and its driver stays broken until the next restart:
 * the app does not start (measured: CleanStopIT). Made here with the JDK's own builder, it serves
 * Derby and Payara alike. Where the builder can be loaded, or the server exists already (WildFly,
 * or Payara once it made the server itself), this changes nothing.
 */
final class PlatformMBeanServer {

    static final String BUILDER_SETTING = "javax.management.builder.initial";

    private PlatformMBeanServer() {
    }

    static void makeIfMissing() {
        String builder = System.getProperty(BUILDER_SETTING);
        if (builder == null || builder.isEmpty()) {
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(new ClassLoader(original) {
            @Override
            public Class<?> loadClass(String name) throws ClassNotFoundException {
                try {
                    return super.loadClass(name);
                } catch (ClassNotFoundException notVisibleToApps) {
                    if (name.equals(builder)) {
                        return MBeanServerBuilder.class;
                    }
                    throw notVisibleToApps;
                }
            }
        });
        try {
            ManagementFactory.getPlatformMBeanServer(); // made once per JVM; later calls return it
        } finally {
            thread.setContextClassLoader(original);
        }
    }
}
