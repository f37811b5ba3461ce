package org.flaskapp.posts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.flaskapp.accounts.Caller;
import org.flaskapp.accounts.NotAllowedException;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.faces.Answers;
import org.flaskapp.platform.faces.Notice;
import org.flaskapp.platform.urls.Ids;
import org.flaskapp.posts.Post;
import org.flaskapp.posts.PostChangeRefused;
import org.flaskapp.posts.PostService;

/** Backs /posts/{id}/delete/: asks "delete this post?", and deletes it on the button (a post). */
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
        post = Ids.parse(id).flatMap(posts::find).orElse(null);
        Optional<Caller> caller = signedIn.caller();
        if (post == null) {
            Answers.notFound(faces);
        } else if (caller.isEmpty() || !posts.mayChange(caller.get(), post)) {
            Answers.forbidden(faces);
        }
    }

    public Post getPost() {
        return post;
    }

    public void delete() {
        Optional<Caller> caller = signedIn.caller();
        Optional<Long> postId = Ids.parse(id);
        if (caller.isEmpty() || postId.isEmpty()) {
            Answers.forbidden(faces);
            return;
        }
        try {
            posts.delete(caller.get(), postId.get());
            Notice.leave(faces.getExternalContext(), "Deleted the post.");
        } catch (PostChangeRefused alreadyGone) {
            Notice.leave(faces.getExternalContext(), alreadyGone.getMessage());
        } catch (NotAllowedException notAllowed) {
            Answers.forbidden(faces);
            return;
        }
        Answers.redirect(faces, "/posts/");
    }
}
