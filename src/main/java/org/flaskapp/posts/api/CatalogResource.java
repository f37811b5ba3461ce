package org.flaskapp.posts.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.flaskapp.platform.api.JsonFields;
import org.flaskapp.platform.api.KeptJson;
import org.flaskapp.posts.PostService;

/** {@code /api/v1/categories} and {@code /api/v1/tags}: what the posts are filed under, with counts. */
@Path("")
@RequestScoped
public class CatalogResource {

    @Inject
    private PostService posts;

    @Inject
    private KeptJson kept;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("categories")
    public Response categories() {
        return kept.send(request, () -> JsonFields.of("items", posts.categories().stream()
                .map(counted -> {
                    var document = PostDocuments.category(counted.category());
                    document.put("posts", counted.posts());
                    document.put("url", kept.page(request, "/posts/categories/" + counted.category().getSlug() + "/"));
                    document.put("list", kept.address(request, "/posts?category=" + counted.category().getSlug()));
                    return (Object) document;
                }).toList()), "");
    }

    @GET
    @Path("tags")
    public Response tags() {
        return kept.send(request, () -> JsonFields.of("items", posts.tags().stream()
                .map(counted -> (Object) JsonFields.of(
                        "name", counted.name(),
                        "posts", counted.posts(),
                        "url", kept.page(request, "/posts/tags/" + counted.name() + "/"),
                        "list", kept.address(request, "/posts?tag=" + counted.name())))
                .toList()), "");
    }
}
