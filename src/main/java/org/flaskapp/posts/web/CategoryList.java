package org.flaskapp.posts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.faces.Redirect;
import org.flaskapp.posts.CategoryCount;
import org.flaskapp.posts.PostService;

/** Backs /posts/categories/: every category with its number of posts, and (for administrators) a new one. */
@Named
@RequestScoped
public class CategoryList {

    @Inject
    private PostService posts;

    @Inject
    private SignedIn signedIn;

    @Inject
    private FacesContext faces;

    private List<CategoryCount> categories;
    private String newName;

    public List<CategoryCount> getCategories() {
        if (categories == null) {
            categories = posts.categories();
        }
        return categories;
    }

    public void create() {
        posts.createCategory(signedIn.required(), newName);
        Redirect.afterChange(faces, "Added the category " + newName.strip() + ".", "/posts/categories/");
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
