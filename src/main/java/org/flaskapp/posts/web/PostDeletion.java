package org.flaskapp.posts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.faces.Redirect;
import org.flaskapp.platform.refusal.Invalid;
import org.flaskapp.platform.refusal.NotAllowed;
import org.flaskapp.platform.refusal.NotFound;
import org.flaskapp.platform.urls.Ids;
import org.flaskapp.posts.Post;
import org.flaskapp.posts.PostService;

/** Backs /posts/delete/{id}/: asks "delete this post?", and deletes it on the button (a post). */
@Named
@RequestScoped
public class PostDeletion {

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

    /** Before the question is shown: the post must exist and be the caller's to delete. */
    public void load() {
        post = posts.find(Ids.of(id)).orElseThrow(() -> new NotFound("There is no post " + id + "."));
        if (!posts.mayChange(signedIn.required(), post)) {
            throw new NotAllowed(signedIn.getName() + " may not delete post " + id);
        }
    }

    public Post getPost() {
        return post;
    }

    public void delete() {
        String done = "Deleted the post.";
        try {
            posts.delete(signedIn.required(), Ids.of(id));
        } catch (Invalid alreadyGone) { // deleted twice, say in two tabs: what was wanted is done
            done = alreadyGone.getMessage();
        }
        Redirect.afterChange(faces, done, "/posts/");
    }
}
