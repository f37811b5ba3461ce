package org.flaskapp.platform.urls;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Serves an address with a part that names something by its view, with the part as a parameter:
 * {@code /posts/42/} by {@code /posts/post.xhtml?id=42}. The routes are this filter's init
 * parameters in web.xml ({@code {id}}: a number; any other {@code {name}}: a lower-case word); a
 * route to something other than a view file is an address that moved (301). A routed view is not
 * served at its own file address, so each view has one address.
 */
public class AddressRoutesFilter extends HttpFilter {

    /** Request attribute: the view file that a routed address was forwarded to (for the metrics). */
    public static final String VIEW_ATTRIBUTE = "org.flaskapp.view";

    private final List<AddressRoute> routes = new ArrayList<>();
    private final Set<String> routedViews = new HashSet<>();

    @Override
    public void init() {
        for (String pattern : Collections.list(getInitParameterNames())) {
            AddressRoute route = AddressRoute.of(pattern, getInitParameter(pattern));
            routes.add(route);
            if (!route.moved()) {
                routedViews.add(route.view());
            }
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (routedViews.contains(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        for (AddressRoute route : routes) {
            var target = route.match(path);
            if (target.isPresent() && route.moved()) {
                String query = request.getQueryString();
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", request.getContextPath() + target.get() + (query == null ? "" : "?" + query));
                return;
            }
            if (target.isPresent()) {
                request.setAttribute(VIEW_ATTRIBUTE, route.view());
                request.getRequestDispatcher(target.get()).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
