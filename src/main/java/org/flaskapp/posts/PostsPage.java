package org.flaskapp.posts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flaskapp.shared.Page;
import org.flaskapp.shared.PageRequest;

/** Backs /posts/: one page of posts, chosen by the {@code page} query parameter. */
@Named
@RequestScoped
public class PostsPage {

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
