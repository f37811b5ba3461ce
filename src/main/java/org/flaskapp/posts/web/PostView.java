package org.flaskapp.posts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.refusal.NotFound;
import org.flaskapp.platform.text.Markdown;
import org.flaskapp.platform.urls.Ids;
import org.flaskapp.posts.Post;
import org.flaskapp.posts.PostService;

/** Backs /posts/{id}/: one post, its content rendered from Markdown. */
@Named
@RequestScoped
public class PostView {

    @Inject
    private PostService posts;

    @Inject
    private SignedIn signedIn;

    @Inject
    private FacesContext faces;

    @Inject
    @ManagedProperty("#{param.id}")
    private String id;

    private Post post;

    /** Finds the post before the view renders; 404 when there is none. */
    public void load() {
        post = Ids.parse(id).flatMap(posts::find).orElse(null);
        if (post == null) {
            throw new NotFound("There is no post " + id + ".");
        }
    }

    public Post getPost() {
        return post;
    }

    public String getHtml() {
        return Markdown.toHtml(post.getContent());
    }

    /** Whether the signed-in user (if any) may edit and delete this post. */
    public boolean isChangeable() {
        return signedIn.caller().map(caller -> posts.mayChange(caller, post)).orElse(false);
    }
}
