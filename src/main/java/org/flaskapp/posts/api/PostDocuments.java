package org.flaskapp.posts.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.flaskapp.platform.api.JsonFields;
import org.flaskapp.platform.api.JsonText;
import org.flaskapp.platform.api.KeptJson;
import org.flaskapp.platform.text.Markdown;
import org.flaskapp.posts.Category;
import org.flaskapp.posts.Post;
import org.flaskapp.posts.Tag;

/** How the API shows a post: in a list, and in full. */
@ApplicationScoped
class PostDocuments {

    @Inject
    private KeptJson kept;

    /** A post in a list: all but its text, which {@link #full} adds. */
    Map<String, Object> summary(HttpServletRequest request, Post post) {
        return JsonFields.of(
                "id", post.getId(),
                "title", post.getTitle(),
                "excerpt", post.getExcerpt(),
                "author", post.getAuthor(),
                "category", category(post.getCategory()),
                "tags", post.getTags().stream().map(Tag::getName).toList(),
                "published", JsonText.time(post.getPublishedAt()),
                "updated", JsonText.time(post.getUpdatedAt()),
                "version", post.getVersion(),
                "url", kept.page(request, "/posts/" + post.getId() + "/"),
                "self", kept.address(request, "/posts/" + post.getId()));
    }

    /** A post with its Markdown source and the HTML the site shows for it (safe: made by the site). */
    Map<String, Object> full(HttpServletRequest request, Post post) {
        Map<String, Object> document = summary(request, post);
        document.remove("excerpt");
        document.put("content", post.getContent());
        document.put("html", Markdown.toHtml(post.getContent()));
        return document;
    }

    static Map<String, Object> category(Category category) {
        return JsonFields.of("slug", category.getSlug(), "name", category.getName());
    }
}
