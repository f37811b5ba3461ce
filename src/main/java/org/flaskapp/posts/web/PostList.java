package org.flaskapp.posts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PageRequest;
import org.flaskapp.posts.Post;
import org.flaskapp.posts.PostService;

/** Backs the list on /posts/: one page of posts, chosen by the {@code page} query parameter. */
@Named
@RequestScoped
public class PostList {

    static final int PAGE_SIZE = 10;

    @Inject
    private PostService posts;

    @Inject
    @ManagedProperty("#{param.page}")
    private String requestedPage;

    private Page<Post> page;

    public Page<Post> getPage() {
        if (page == null) {
            page = posts.latest(PageRequest.parse(requestedPage, PAGE_SIZE));
        }
        return page;
    }
}
