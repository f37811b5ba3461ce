package org.flaskapp.posts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PagePosition;
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

    @Inject
    private PostService posts;

    @Inject
    private HttpServletRequest request;

    @Inject
    @ManagedProperty("#{param.sort}")
    private String requestedOrder;

    private Page<Post> page;

    public Page<Post> getPage() {
        if (page == null) {
            PagePosition position = PagePosition.requestedIn(request, PAGE_SIZE);
            page = posts.list(getOrder(), position);
        }
        return page;
    }

    public PostOrder getOrder() {
        return PostOrder.named(requestedOrder);
    }

    /** The order's name in the address, as the view compares it. */
    public String getOrderName() {
        return getOrder().parameter();
    }

    /** The query that keeps this order on other pages ("sort=title&amp;"), empty for newest first. */
    public String getOrderQuery() {
        return getOrder() == PostOrder.NEWEST ? "" : "sort=" + getOrder().parameter() + "&";
    }
}
