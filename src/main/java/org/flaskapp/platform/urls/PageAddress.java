package org.flaskapp.platform.urls;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The address of the page being shown, as search engines and sharing should name it
 * ({@code <link rel="canonical">}, {@code og:url}): absolute, the address as visitors type it (not
 * the view file it was forwarded to), with the query parameters that choose what a page shows (its
 * position in a list, its order, a search) and without any other, nor those that name the default.
 */
@Named
@RequestScoped
public class PageAddress {

    /** The parameters that change what a page shows, in the order they are written. */
    static final List<String> MEANINGFUL_PARAMETERS = List.of("q", "in", "sort", "after", "before", "page");
    /** Values that show what the page shows without them: one address for one page. */
    static final Map<String, String> DEFAULTS = Map.of("sort", "newest", "page", "1");

    @Inject
    private HttpServletRequest request;

    @Inject
    private SiteAddress site;

    private String canonical;

    public String getCanonical() {
        if (canonical == null) {
            canonical = site.absolute(request, pathAsRequested()) + meaningfulQuery();
        }
        return canonical;
    }

    private String pathAsRequested() {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (original == null) {
            original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        }
        String uri = original != null ? original.toString() : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }

    private String meaningfulQuery() {
        boolean forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null;
        String raw = forwarded ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (String name : MEANINGFUL_PARAMETERS) {
            QueryString.parameter(raw, name).filter(value -> !value.isBlank() && !value.equals(DEFAULTS.get(name)))
                    .ifPresent(value -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        return query.toString();
    }
}
