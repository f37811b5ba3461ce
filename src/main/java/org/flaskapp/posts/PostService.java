package org.flaskapp.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flaskapp.accounts.Caller;
import org.flaskapp.platform.cache.ContentCache;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PagePosition;
import org.flaskapp.platform.paging.Paging;
import org.flaskapp.platform.refusal.Conflict;
import org.flaskapp.platform.refusal.Invalid;
import org.flaskapp.platform.refusal.NotAllowed;

/**
 * The blog: the only way into the posts' tables (posts, categories, tags). Every write checks
 * what the caller may do and fires {@link PostsChanged}; every list is kept while it is current
 * ({@link ContentCache}), single posts by JPA's cache.
 */
@ApplicationScoped
public class PostService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<PostsChanged> changes;

    @Inject
    private Validator validator;

    @Inject
    private ContentCache cache;

    /** The page of all posts in {@code order} at {@code position}. */
    public Page<Post> list(PostOrder order, PagePosition position) {
        return cache.read("posts " + order + " " + position,
                () -> Paging.seek(position, new OrderedPosts(em, "", Map.of(), order), Post::getId));
    }

    /** The page of a category's posts, newest first, at {@code position}. */
    public Page<Post> inCategory(Category category, PagePosition position) {
        return cache.read("posts in category " + category.getSlug() + " " + position, () -> Paging.seek(position,
                new OrderedPosts(em, "p.category = :category", Map.of("category", category), PostOrder.NEWEST), Post::getId));
    }

    /** The page of the posts tagged {@code tag}, newest first, at {@code position}. */
    public Page<Post> taggedWith(Tag tag, PagePosition position) {
        return cache.read("posts tagged " + tag.getName() + " " + position, () -> Paging.seek(position,
                new OrderedPosts(em, ":tag MEMBER OF p.tags", Map.of("tag", tag), PostOrder.NEWEST), Post::getId));
    }

    public Optional<Post> find(long id) {
        return Optional.ofNullable(em.find(Post.class, id));
    }

    /**
     * Publishes a new post by {@code author}.
     *
     * @throws ConstraintViolationException when the title or content is blank or too long
     * @throws Invalid            when the category or tags are not valid
     */
    @Transactional
    public Post publish(Caller author, PostDraft draft) {
        Post post = new Post(author.name(), draft, categoryFor(author, draft), tagsFor(draft));
        validate(post);
        em.persist(post);
        em.flush(); // its id, for the event
        changes.fire(new PostsChanged("post published", post.getId()));
        return post;
    }

    /**
     * Saves {@code draft} over the post, if the caller wrote it or is an administrator, and if
     * nobody else saved it since the caller opened it at {@code openedVersion}.
     *
     * @throws NotAllowed when the caller may not change it
     * @throws Conflict   when it changed since
     */
    @Transactional
    public Post edit(Caller editor, long id, long openedVersion, PostDraft draft) {
        Post post = changeable(editor, id);
        if (post.getVersion() != openedVersion) {
            throw editConflict();
        }
        post.edit(draft, categoryFor(editor, draft), tagsFor(draft));
        validate(post);
        try {
            em.flush(); // a save that commits between our read and this write is caught here
        } catch (OptimisticLockException e) {
            throw editConflict();
        }
        changes.fire(new PostsChanged("post edited", id));
        return post;
    }

    /** Deletes the post, if the caller wrote it or is an administrator. */
    @Transactional
    public void delete(Caller editor, long id) {
        em.remove(changeable(editor, id));
        changes.fire(new PostsChanged("post deleted", id));
    }

    /** Whether {@code caller} may edit and delete {@code post}. */
    public boolean mayChange(Caller caller, Post post) {
        return caller.mayChangeWorkOf(post.getAuthor());
    }

    private static Conflict editConflict() {
        return new Conflict("Someone else saved this post while you were editing it. Your text is still below: "
                + "open the post in another tab to compare, then save again to replace their version.");
    }

    private Post changeable(Caller editor, long id) {
        Post post = find(id).orElseThrow(() -> new Invalid("There is no post " + id + "; it may have been deleted."));
        if (!mayChange(editor, post)) {
            throw new NotAllowed(editor.name() + " may not change post " + id);
        }
        return post;
    }

    private void validate(Post post) {
        var violations = validator.validate(post);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private Category categoryFor(Caller caller, PostDraft draft) {
        if (draft.namesNewCategory()) {
            caller.requireAdministrator();
            return addCategory(draft.newCategory());
        }
        return category(draft.categorySlug() == null ? "" : draft.categorySlug())
                .orElseThrow(() -> new Invalid("Please choose a category."));
    }

    private List<Tag> tagsFor(PostDraft draft) {
        return draft.tagNames().stream()
                .map(name -> tag(name).orElseGet(() -> {
                    Tag tag = new Tag(name);
                    em.persist(tag);
                    return tag;
                }))
                .toList();
    }

    public Optional<Tag> tag(String name) {
        return em.createQuery("SELECT t FROM Tag t WHERE t.name = :name", Tag.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    /** Every tag that a post has, by name, with its number of posts. */
    public List<TagCount> tags() {
        return cache.read("tags", () -> em.createQuery(
                        "SELECT t.name, COUNT(p) FROM Post p JOIN p.tags t GROUP BY t.name ORDER BY t.name", Object[].class)
                .getResultStream().map(row -> new TagCount((String) row[0], (Long) row[1])).toList());
    }

    // ---- categories

    /** Every category by name, with its number of posts. */
    public List<CategoryCount> categories() {
        return cache.read("categories", this::countedCategories);
    }

    private List<CategoryCount> countedCategories() {
        Map<Long, Long> counts = em.createQuery(
                        "SELECT p.category.id, COUNT(p) FROM Post p GROUP BY p.category.id", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return em.createQuery("SELECT c FROM Category c ORDER BY c.name", Category.class).getResultStream()
                .map(category -> new CategoryCount(category, counts.getOrDefault(category.getId(), 0L)))
                .toList();
    }

    public Optional<Category> category(String slug) {
        return em.createQuery("SELECT c FROM Category c WHERE c.slug = :slug", Category.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** A new category; administrators only. */
    @Transactional
    public Category createCategory(Caller caller, String name) {
        caller.requireAdministrator();
        Category category = addCategory(name);
        changes.fire(new PostsChanged("category created", List.of()));
        return category;
    }

    private Category addCategory(String name) {
        String checked = checkedCategoryName(name);
        Category category = new Category(checked);
        if (category(category.getSlug()).isPresent()) {
            throw new Invalid("There is already a category \"" + checked + "\".");
        }
        em.persist(category);
        return category;
    }

    /** Gives a category a new name; its address stays. Administrators only. */
    @Transactional
    public void renameCategory(Caller caller, String slug, String newName) {
        caller.requireAdministrator();
        Category category = existingCategory(slug);
        category.rename(checkedCategoryName(newName));
        List<Long> posts = em.createQuery("SELECT p.id FROM Post p WHERE p.category = :category", Long.class)
                .setParameter("category", category).getResultList();
        changes.fire(new PostsChanged("category renamed", posts)); // the posts are found by its new name

    }

    /** Deletes a category that holds no posts. Administrators only. */
    @Transactional
    public void deleteCategory(Caller caller, String slug) {
        caller.requireAdministrator();
        Category category = existingCategory(slug);
        long posts = em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.category = :category", Long.class)
                .setParameter("category", category).getSingleResult();
        if (posts > 0) {
            throw new Invalid("\"" + category.getName() + "\" still holds " + posts
                    + (posts == 1 ? " post" : " posts") + "; move them to another category first.");
        }
        em.remove(category);
        changes.fire(new PostsChanged("category deleted", List.of()));
    }

    private Category existingCategory(String slug) {
        return category(slug).orElseThrow(() -> new Invalid("There is no category " + slug + "."));
    }

    private static String checkedCategoryName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.length() > Category.NAME_MAX_LENGTH) {
            throw new Invalid("A category name can be at most " + Category.NAME_MAX_LENGTH + " characters long.");
        }
        if (Category.slugOf(stripped).isEmpty()) {
            throw new Invalid("A category name needs at least one letter a-z or digit.");
        }
        return stripped;
    }
}
