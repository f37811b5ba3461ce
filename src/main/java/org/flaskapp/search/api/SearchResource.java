package org.flaskapp.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.flaskapp.platform.api.ApiProblem;
import org.flaskapp.platform.api.JsonFields;
import org.flaskapp.platform.api.JsonText;
import org.flaskapp.platform.api.KeptJson;
import org.flaskapp.platform.api.QueryValues;
import org.flaskapp.search.SearchHit;
import org.flaskapp.search.SearchQuery;
import org.flaskapp.search.SearchResults;
import org.flaskapp.search.SearchScope;
import org.flaskapp.search.SearchService;

/**
 * {@code /api/v1/search?q=...}: what the search page finds (the same query language, best match
 * first, ten a page), for anyone: hidden items never. The answer says when it may be incomplete
 * (an index being built); such an answer is not kept.
 */
@Path("search")
@RequestScoped
public class SearchResource {

    private static final List<String> SECTIONS = List.of("all", "posts", "questions");

    @Inject
    private SearchService search;

    @Inject
    private KeptJson kept;

    @Context
    private HttpServletRequest request;

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("in") String in, @QueryParam("page") String page) {
        if (q == null || q.isBlank()) {
            throw new ApiProblem(400, "?q= names what to find, such as q=derby or q=\"a phrase\".");
        }
        if (q.length() > SearchQuery.MAX_LENGTH) {
            throw new ApiProblem(400, "?q= can be at most " + SearchQuery.MAX_LENGTH + " characters long.");
        }
        String section = QueryValues.oneOf("in", in, SECTIONS);
        Long number = QueryValues.key("page", page);
        if (number != null && number > SearchResults.MAX_PAGES) {
            throw new ApiProblem(400, "?page= goes up to " + SearchResults.MAX_PAGES + ".");
        }
        int pageNumber = number == null ? 1 : number.intValue();
        SearchScope scope = new SearchScope(section.equals("all") ? Optional.empty() : Optional.of(section), false);
        SearchService.Found found = search.search(SearchQuery.parse(q), scope, pageNumber);
        SearchResults results = found.results();
        String asked = "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + (section.equals("all") ? "" : "&in=" + section);
        Object document = JsonFields.of(
                "total", results.total(),
                "totalIsAtLeast", results.totalIsAtLeast(),
                "incomplete", found.incomplete().orElse(null),
                "items", results.hits().stream().map(hit -> (Object) hit(hit)).toList(),
                "next", results.hasMore() ? kept.address(request, "/search?" + asked + "&page=" + (pageNumber + 1)) : null);
        return kept.sendUnkept(request, document);
    }

    private Object hit(SearchHit hit) {
        String section = hit.key().section();
        return JsonFields.of(
                "section", section,
                "id", hit.key().id(),
                "titleHtml", hit.title(),
                "snippetHtml", hit.snippetHtml(),
                "date", JsonText.time(hit.date()),
                "url", kept.page(request, search.section(section).map(source -> source.address(hit.key().id())).orElse("/")),
                "self", kept.address(request, "/" + section + "/" + hit.key().id()));
    }
}
