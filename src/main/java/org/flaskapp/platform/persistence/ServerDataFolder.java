package org.flaskapp.platform.persistence;

import java.nio.file.Path;

/**
 * Where a server keeps files of its own, beside its database: a folder {@code name} in the
 * server's data (WildFly: the server folder's {@code data}; Payara: the domain's or instance's
 * {@code data}), else in the temporary folder (outside a server: tests).
 */
public final class ServerDataFolder {

    private ServerDataFolder() {
    }

    public static Path of(String name) {
        String wildfly = System.getProperty("jboss.server.data.dir");
        if (wildfly != null) {
            return Path.of(wildfly, name);
        }
        String payara = System.getProperty("com.sun.aas.instanceRoot");
        if (payara != null) {
            return Path.of(payara, "data", name);
        }
        return Path.of(System.getProperty("java.io.tmpdir"), name + "-" + System.getProperty("user.name"));
    }
}
