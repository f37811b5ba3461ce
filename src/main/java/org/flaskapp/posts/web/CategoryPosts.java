package org.flaskapp.posts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.faces.Redirect;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PagePosition;
import org.flaskapp.platform.refusal.NotFound;
import org.flaskapp.posts.Category;
import org.flaskapp.posts.Post;
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
            throw new NotFound("There is no category " + slug + ".");
        }
    }

    public Page<Post> getPage() {
        if (page == null) {
            page = posts.inCategory(getCategory(), PagePosition.requestedIn(request, PostList.PAGE_SIZE));
        }
        return page;
    }

    public void rename() {
        posts.renameCategory(signedIn.required(), slug, newName);
        Redirect.afterChange(faces, "Renamed the category.", "/posts/categories/" + slug + "/");
    }

    public void delete() {
        posts.deleteCategory(signedIn.required(), slug);
        Redirect.afterChange(faces, "Deleted the category.", "/posts/categories/");
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
