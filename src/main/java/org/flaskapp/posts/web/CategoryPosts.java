package org.flaskapp.posts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.flaskapp.accounts.NotAllowedException;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.faces.Answers;
import org.flaskapp.platform.faces.Notice;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PagePosition;
import org.flaskapp.posts.Category;
import org.flaskapp.posts.Post;
import org.flaskapp.posts.PostChangeRefused;
import org.flaskapp.posts.PostService;

/**
 * Backs /posts/categories/{slug}/: a category's posts, newest first and paginated; for
 * administrators, forms to rename and to delete the category.
 */
@Named
@RequestScoped
public class CategoryPosts {

    @Inject
    private PostService posts;

    @Inject
    private SignedIn signedIn;

    @Inject
    private FacesContext faces;

    @Inject
    @ManagedProperty("#{param.slug}")
    private String slug;

    @Inject
    private HttpServletRequest request;

    private Category category;
    private Page<Post> page;
    private String newName;

    /** Finds the category; 404 when there is none. Runs on every request, form posts included. */
    public Category getCategory() {
        if (category == null && slug != null) {
            category = posts.category(slug).orElse(null);
        }
        return category;
    }

    public void load() {
        if (getCategory() == null) {
            Answers.notFound(faces);
        }
    }

    public Page<Post> getPage() {
        if (page == null) {
            page = posts.inCategory(getCategory(), PagePosition.requestedIn(request, PostList.PAGE_SIZE));
        }
        return page;
    }

    public void rename() {
        change(() -> posts.renameCategory(signedIn.required(),
                slug, newName), "Renamed the category.", "/posts/categories/" + slug + "/");
    }

    public void delete() {
        change(() -> posts.deleteCategory(signedIn.required(),
                slug), "Deleted the category.", "/posts/categories/");
    }

    private void change(Runnable change, String done, String then) {
        try {
            change.run();
        } catch (PostChangeRefused refused) {
            Answers.refused(faces, refused.getMessage());
            return;
        } catch (NotAllowedException notAllowed) {
            Answers.forbidden(faces);
            return;
        }
        Notice.leave(faces.getExternalContext(), done);
        Answers.redirect(faces, then);
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
