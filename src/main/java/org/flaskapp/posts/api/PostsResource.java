package org.flaskapp.posts.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.flaskapp.accounts.Caller;
import org.flaskapp.accounts.api.TokenCaller;
import org.flaskapp.platform.api.ApiProblem;
import org.flaskapp.platform.api.JsonBody;
import org.flaskapp.platform.api.JsonFields;
import org.flaskapp.platform.api.JsonText;
import org.flaskapp.platform.api.KeptJson;
import org.flaskapp.platform.api.QueryValues;
import org.flaskapp.platform.cache.ConditionalGet;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PagePosition;
import org.flaskapp.posts.Category;
import org.flaskapp.posts.Post;
import org.flaskapp.posts.PostDraft;
import org.flaskapp.posts.PostOrder;
import org.flaskapp.posts.PostService;
import org.flaskapp.posts.Tag;

/**
 * {@code /api/v1/posts}: the posts for anyone, in pages of {@value #PAGE_SIZE} with the address of
 * the next; publishing, editing and deleting with a personal token, under the same rules as the
 * pages (PostService checks them). An edit or deletion names the version it saw in
 * {@code If-Match} (the post's ETag), so that nobody's change is overwritten unseen.
 */
@Path("posts")
@RequestScoped
public class PostsResource {

    static final int PAGE_SIZE = 20;
    private static final List<String> ORDERS = List.of("newest", "oldest", "title");

    @Inject
    private PostService posts;

    @Inject
    private PostDocuments documents;

    @Inject
    private KeptJson kept;

    @Inject
    private TokenCaller tokens;

    @Context
    private HttpServletRequest request;

    @GET
    public Response list(@QueryParam("after") String after, @QueryParam("sort") String sort,
                         @QueryParam("category") String category, @QueryParam("tag") String tag) {
        Long afterKey = QueryValues.key("after", after);
        PostOrder order = PostOrder.named(QueryValues.oneOf("sort", sort, ORDERS));
        if ((category != null || tag != null) && order != PostOrder.NEWEST) {
            throw new ApiProblem(400, "A category's or a tag's posts come newest first only; leave out ?sort=.");
        }
        if (category != null && tag != null) {
            throw new ApiProblem(400, "Ask for a category's posts or for a tag's, not both.");
        }
        PagePosition position = afterKey == null ? PagePosition.first(PAGE_SIZE)
                : new PagePosition(PagePosition.Edge.AFTER, afterKey, PAGE_SIZE);
        return kept.send(request, () -> listDocument(order, position, category, tag),
                category != null ? "There is no category \"" + category + "\"." : "There is no tag \"" + tag + "\".");
    }

    private Map<String, Object> listDocument(PostOrder order, PagePosition position, String category, String tag) {
        Page<Post> page;
        String filter;
        if (category != null) {
            Category found = posts.category(category).orElse(null);
            if (found == null) {
                return null;
            }
            page = posts.inCategory(found, position);
            filter = "category=" + found.getSlug() + "&";
        } else if (tag != null) {
            Tag found = posts.tag(tag).orElse(null);
            if (found == null) {
                return null;
            }
            page = posts.taggedWith(found, position);
            filter = "tag=" + found.getName() + "&";
        } else {
            page = posts.list(order, position);
            filter = order == PostOrder.NEWEST ? "" : "sort=" + order.parameter() + "&";
        }
        return JsonFields.of(
                "items", page.items().stream().map(post -> (Object) documents.summary(request, post)).toList(),
                "next", page.olderQuery() == null ? null : kept.address(request, "/posts?" + filter + page.olderQuery()));
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public Response one(@PathParam("id") long id) {
        return kept.send(request,
                () -> posts.find(id).map(post -> documents.full(request, post)).orElse(null), noSuchPost(id));
    }

    @POST
    public Response publish(@HeaderParam("Content-Type") String type, InputStream body) {
        Caller author = tokens.writer();
        Post post = posts.publish(author, draftOf(JsonBody.read(type, body)));
        Map<String, Object> document = documents.full(request, post);
        return Response.created(URI.create(kept.address(request, "/posts/" + post.getId())))
                .type(KeptJson.JSON).header("ETag", KeptJson.entityTagOf(document))
                .entity(JsonText.bytes(document)).build();
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    public Response edit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                         @HeaderParam("Content-Type") String type, InputStream body) {
        Caller editor = tokens.writer();
        Post seen = matching(id, ifMatch);
        PostDraft draft = draftOf(JsonBody.read(type, body));
        Post saved = posts.edit(editor, id, seen.getVersion(), draft);
        Map<String, Object> document = documents.full(request, saved);
        return Response.ok(JsonText.bytes(document), KeptJson.JSON)
                .header("ETag", KeptJson.entityTagOf(document)).build();
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Caller editor = tokens.writer();
        matching(id, ifMatch);
        posts.delete(editor, id);
        return Response.noContent().build();
    }

    /** The post as the client last saw it, when {@code ifMatch} names its current entity tag. */
    private Post matching(long id, String ifMatch) {
        if (ifMatch == null) {
            throw new ApiProblem(428, "Send If-Match with the post's ETag (from GET /api/v1/posts/" + id
                    + "), so that a change made since is not overwritten unseen.");
        }
        Post post = posts.find(id).orElseThrow(() -> new ApiProblem(404, noSuchPost(id)));
        if (ifMatch.strip().startsWith("W/")
                || !ConditionalGet.matchesAny(ifMatch, KeptJson.entityTagOf(documents.full(request, post)))) {
            throw new ApiProblem(412, "The post changed since the ETag in If-Match: read it again, then send the change.");
        }
        return post;
    }

    /** The post in a request: title, content and category's slug required, tags optional. */
    private static PostDraft draftOf(JsonBody body) {
        String title = body.text("title", true);
        String content = body.text("content", true);
        String category = body.text("category", true);
        List<String> tags = body.texts("tags");
        for (String tag : tags) {
            if (tag.contains(",")) {
                throw ApiProblem.invalidField("tags", "\"" + tag + "\" holds a comma; give each tag as its own string.");
            }
        }
        return new PostDraft(title, content, category, null, String.join(",", tags));
    }

    private static String noSuchPost(long id) {
        return "There is no post " + id + "; it may have been deleted.";
    }
}
