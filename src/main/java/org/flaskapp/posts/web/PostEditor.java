package org.flaskapp.posts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.flaskapp.accounts.Caller;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.faces.Redirect;
import org.flaskapp.platform.refusal.Conflict;
import org.flaskapp.platform.refusal.NotAllowed;
import org.flaskapp.platform.refusal.NotFound;
import org.flaskapp.platform.urls.Ids;
import org.flaskapp.posts.CategoryCount;
import org.flaskapp.posts.Post;
import org.flaskapp.posts.PostDraft;
import org.flaskapp.posts.PostService;
import org.flaskapp.posts.Tag;

/**
 * Backs the post form, on /posts/new/ for a new post and on /posts/edit/{id}/ for an existing one
 * (signed-in users only, by web.xml). What the author typed stays in the form when a save is
 * refused. The form carries the version it was opened at: when someone else saved the post
 * meanwhile, the save is refused (409) with the text kept, and a second save replaces theirs.
 */
@Named
@RequestScoped
public class PostEditor {

    @Inject
    private PostService posts;

    @Inject
    private SignedIn signedIn;

    @Inject
    private FacesContext faces;

    @Inject
    @ManagedProperty("#{param.id}")
    private String id;

    private String title;
    private String content;
    private String categorySlug;
    private String newCategory;
    private String tags;
    private long version;
    private List<CategoryCount> categories;

    /** Before the form is shown: for an existing post, that the user may edit it; its current text. */
    public void load() {
        if (!isEditing()) {
            return;
        }
        Post post = posts.find(Ids.of(id)).orElseThrow(() -> new NotFound("There is no post " + id + "."));
        if (!posts.mayChange(signedIn.required(), post)) {
            throw new NotAllowed(signedIn.getName() + " may not edit post " + id);
        }
        fillFrom(post);
    }

    private void fillFrom(Post post) {
        title = post.getTitle();
        content = post.getContent();
        categorySlug = post.getCategory().getSlug();
        tags = post.getTags().stream().map(Tag::getName).collect(Collectors.joining(", "));
        version = post.getVersion();
    }

    public void save() {
        Caller caller = signedIn.required();
        PostDraft draft = new PostDraft(title, content, categorySlug, newCategory, tags);
        Post saved;
        try {
            saved = isEditing() ? posts.edit(caller, Ids.of(id), version, draft) : posts.publish(caller, draft);
        } catch (Conflict conflict) {
            // The next save is meant to replace the other version: it carries the current one.
            posts.find(Ids.of(id)).ifPresent(current -> version = current.getVersion());
            throw conflict;
        }
        Redirect.afterChange(faces, isEditing() ? "Saved." : "Published.", "/posts/" + saved.getId() + "/");
    }

    public boolean isEditing() {
        return id != null;
    }

    public List<CategoryCount> getCategories() {
        if (categories == null) {
            categories = posts.categories();
        }
        return categories;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getCategorySlug() {
        return categorySlug;
    }

    public void setCategorySlug(String categorySlug) {
        this.categorySlug = categorySlug;
    }

    public String getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(String newCategory) {
        this.newCategory = newCategory;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
