package org.flaskapp.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.flaskapp.platform.operations.metrics.RequestMetricsFilter;

/**
 * Names each API request in the metrics by the method that answers it ({@code api
 * PostsResource.one} for every post), not by its address: a name per resource method, however many
 * ids there are.
 */
@Provider
public class ApiMethodNames implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (resource.getResourceClass() != null && resource.getResourceMethod() != null) {
            request.setAttribute(RequestMetricsFilter.NAME_ATTRIBUTE,
                    "api " + resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName());
        }
    }
}
