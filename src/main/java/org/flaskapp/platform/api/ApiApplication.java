package org.flaskapp.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The JSON API, under {@value KeptJson#PREFIX} (docs/api.md; its OpenAPI document at /openapi).
 * Each section has its resources in its own {@code api} package; every class is found by the
 * server's scan. Of the site's filters only those mapped to every address run for it (metrics,
 * request id, security headers): the API has no forms, pages or sessions.
 */
@ApplicationPath(KeptJson.PREFIX)
public class ApiApplication extends Application {

    /**
     * Jersey (Payara) would describe the API in WADL at /application.wadl and in answers to
     * OPTIONS; the API's description is /openapi alone, the same from both servers.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
