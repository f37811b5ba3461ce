package org.flaskapp.posts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PagePosition;
import org.flaskapp.platform.refusal.NotFound;
import org.flaskapp.posts.Post;
import org.flaskapp.posts.PostService;
import org.flaskapp.posts.Tag;

/** Backs /posts/tags/{tag}/: the posts with a tag, newest first and paginated. */
@Named
@RequestScoped
public class TagPosts {

    @Inject
    private PostService posts;

    @Inject
    private FacesContext faces;

    @Inject
    @ManagedProperty("#{param.tag}")
    private String name;

    @Inject
    private HttpServletRequest request;

    private Tag tag;
    private Page<Post> page;

    /** Finds the tag; 404 when no post ever had it. */
    public void load() {
        tag = name == null ? null : posts.tag(name).orElse(null);
        if (tag == null) {
            throw new NotFound("No post has the tag " + name + ".");
        }
    }

    public Tag getTag() {
        return tag;
    }

    public Page<Post> getPage() {
        if (page == null) {
            page = posts.taggedWith(tag, PagePosition.requestedIn(request, PostList.PAGE_SIZE));
        }
        return page;
    }
}
