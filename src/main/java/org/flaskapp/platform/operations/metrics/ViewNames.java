package org.flaskapp.platform.operations.metrics;

import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flaskapp.platform.urls.AddressRoutesFilter;

/**
 * The name a request's metrics go under: its view file ({@code /posts/post.xhtml} for every post),
 * the API method ({@code api PostsResource.one}), else the servlet that answered (Feeds, Health, default for static files). Every address that
 * matched nothing is one name ({@code not-found}), and past {@value #LIMIT} names the rest share
 * one, so that made-up addresses cannot grow the metrics without end.
 */
final class ViewNames {

    static final int LIMIT = 200;
    static final String NOT_FOUND = "not-found";
    static final String OTHER = "other";

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    String of(HttpServletRequest request, int status) {
        if (status == 404) {
            return NOT_FOUND;
        }
        String name = nameOf(request);
        if (seen.contains(name)) {
            return name;
        }
        if (seen.size() >= LIMIT) {
            return OTHER;
        }
        seen.add(name);
        return name;
    }

    private static String nameOf(HttpServletRequest request) {
        if (request.getAttribute(AddressRoutesFilter.VIEW_ATTRIBUTE) instanceof String view) {
            return view;
        }
        if (request.getAttribute(RequestMetricsFilter.NAME_ATTRIBUTE) instanceof String named) {
            return named;
        }
        HttpServletMapping mapping = request.getHttpServletMapping();
        if (mapping.getMappingMatch() == MappingMatch.EXTENSION && "*.xhtml".equals(mapping.getPattern())) {
            return "/" + mapping.getMatchValue() + ".xhtml";
        }
        return mapping.getServletName();
    }
}
