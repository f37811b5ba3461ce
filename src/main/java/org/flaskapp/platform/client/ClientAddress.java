package org.flaskapp.platform.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/**
 * The address of the client that sent this request, as every limit per client counts it: behind
 * a balancer named in {@link TrustedProxies}, the client's, not the balancer's.
 */
@RequestScoped
public class ClientAddress {

    @Inject
    private HttpServletRequest request;

    @Inject
    private TrustedProxies proxies;

    private String address;

    public String get() {
        if (address == null) {
            address = proxies.clientOf(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
        }
        return address;
    }
}
