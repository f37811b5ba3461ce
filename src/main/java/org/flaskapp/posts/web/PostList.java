package org.flaskapp.posts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PagePosition;
import org.flaskapp.platform.text.Markdown;
import org.flaskapp.posts.Post;
import org.flaskapp.posts.PostOrder;
import org.flaskapp.posts.PostService;

/**
 * Backs the list on /posts/: one page of posts, at the position that {@code after} or {@code before} names, in
 * the order that {@code sort} names ({@code oldest}, {@code title}; newest first without it).
 */
@Named
@RequestScoped
public class PostList {

    static final int PAGE_SIZE = 10;
    static final int EXCERPT_LENGTH = 200;

    @Inject
    private PostService posts;

    @Inject
    @ManagedProperty("#{param.after}")
    private String requestedAfter;

    @Inject
    @ManagedProperty("#{param.before}")
    private String requestedBefore;

    @Inject
    @ManagedProperty("#{param.sort}")
    private String requestedOrder;

    private Page<Post> page;

    public Page<Post> getPage() {
        if (page == null) {
            page = posts.list(getOrder(), PagePosition.parse(requestedAfter, requestedBefore, PAGE_SIZE));
        }
        return page;
    }

    public PostOrder getOrder() {
        return PostOrder.named(requestedOrder);
    }

    /** The query that keeps this order on other pages ("sort=title&amp;"), empty for newest first. */
    public String getOrderQuery() {
        return getOrder() == PostOrder.NEWEST ? "" : "sort=" + getOrder().parameter() + "&";
    }

    /** The start of a post's text, without its Markdown. */
    public String excerpt(Post post) {
        return Markdown.excerpt(post.getContent(), EXCERPT_LENGTH);
    }
}
