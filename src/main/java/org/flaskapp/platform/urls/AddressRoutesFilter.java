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
 * Serves addresses with a part that names something, such as {@code /posts/42/} or
 * {@code /posts/categories/general/}, by the view that shows it, given that part as a request
 * parameter: {@code /posts/42/} is shown by {@code /posts/post.xhtml} with {@code id=42}. The
 * routes are the init parameters of this filter in web.xml, an address pattern each, mapped to
 * its view: in a pattern, {@code {id}} stands for a number and any other {@code {name}} for a
 * word of lower-case letters, digits and dashes. A route whose target is not a view file is an
 * address that moved: it responds with a permanent redirect to the target, parts put in.
 * <p>
 * A view that a route serves is not served at its own file address (404): it has one address.
 */
public class AddressRoutesFilter extends HttpFilter {

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
                request.getRequestDispatcher(target.get()).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
