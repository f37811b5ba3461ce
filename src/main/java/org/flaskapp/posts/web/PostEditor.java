package org.flaskapp.posts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flaskapp.accounts.Caller;
import org.flaskapp.accounts.NotAllowedException;
import org.flaskapp.accounts.SignInMechanism;
import org.flaskapp.accounts.web.SignedIn;
import org.flaskapp.platform.faces.Answers;
import org.flaskapp.platform.faces.Notice;
import org.flaskapp.platform.urls.Ids;
import org.flaskapp.posts.CategoryCount;
import org.flaskapp.posts.EditConflict;
import org.flaskapp.posts.Post;
import org.flaskapp.posts.PostChangeRefused;
import org.flaskapp.posts.PostDraft;
import org.flaskapp.posts.PostService;
import org.flaskapp.posts.Tag;

/**
 * Backs the post form, on /posts/new/ for a new post and on /posts/{id}/edit/ for an existing
 * one. Whatever the author typed stays in the form when a save is refused. The form carries the
 * version of the post it was opened at: when someone else saved the post meanwhile, the save is
 * refused (409) with the author's text kept, and a second save replaces the other version.
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

    /** Before the form is shown: who may see it, and for an existing post, its current text. */
    public void load() {
        Optional<Caller> caller = signedIn.caller();
        if (caller.isEmpty()) {
            Answers.redirect(faces, signInAddress());
            return;
        }
        if (!isEditing()) {
            return;
        }
        Optional<Post> post = Ids.parse(id).flatMap(posts::find);
        if (post.isEmpty()) {
            Answers.notFound(faces);
        } else if (!posts.mayChange(caller.get(), post.get())) {
            Answers.forbidden(faces);
        } else {
            fillFrom(post.get());
        }
    }

    private void fillFrom(Post post) {
        title = post.getTitle();
        content = post.getContent();
        categorySlug = post.getCategory().getSlug();
        tags = post.getTags().stream().map(Tag::getName).collect(Collectors.joining(", "));
        version = post.getVersion();
    }

    public void save() {
        Optional<Caller> caller = signedIn.caller();
        if (caller.isEmpty()) {
            Answers.redirect(faces, signInAddress());
            return;
        }
        PostDraft draft = new PostDraft(title, content, categorySlug, newCategory, tags);
        try {
            Post saved = isEditing()
                    ? posts.edit(caller.get(), Ids.parse(id).orElseThrow(), version, draft)
                    : posts.publish(caller.get(), draft);
            Notice.leave(faces.getExternalContext(), isEditing() ? "Saved." : "Published.");
            Answers.redirect(faces, "/posts/" + saved.getId() + "/");
        } catch (PostChangeRefused refused) {
            Answers.refused(faces, refused.getMessage());
        } catch (NotAllowedException notAllowed) {
            Answers.forbidden(faces);
        } catch (EditConflict conflict) {
            // The next save is meant to replace the other version: it carries the current one.
            posts.find(Ids.parse(id).orElseThrow()).ifPresent(current -> version = current.getVersion());
            Answers.conflict(faces, "Someone else saved this post while you were editing it. Your text is still "
                    + "below: open the post in another tab to compare, then save again to replace their version.");
        }
    }

    private String signInAddress() {
        return SignInMechanism.signInAddress((HttpServletRequest) faces.getExternalContext().getRequest())
                .substring(faces.getExternalContext().getRequestContextPath().length());
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
