package org.flaskapp.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.flaskapp.accounts.AccountService;
import org.flaskapp.accounts.Caller;
import org.flaskapp.accounts.Role;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PagePosition;
import org.flaskapp.platform.refusal.Conflict;
import org.flaskapp.platform.refusal.Invalid;
import org.flaskapp.platform.refusal.NotAllowed;
import org.flaskapp.testing.InsideServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link PostService} inside the server, on the real datasource. */
class PostServiceIT extends InsideServer {

    private static final Caller ADMIN = new Caller("admin", Role.ADMINISTRATOR);

    @Inject
    PostService posts;

    @Inject
    AccountService accounts;

    private Caller author;

    @BeforeEach
    void newAuthor() {
        String name = "author-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAuthor(ADMIN, name, "an initial password");
        author = new Caller(name, Role.AUTHOR);
    }

    private static PostDraft draft(String title, String content) {
        return new PostDraft(title, content, "general", null, "");
    }

    @Test
    void publishedPostGetsAnIdItsAuthorAndDateAndComesFirst() {
        Post post = posts.publish(author, draft("A fresh post", "Written just now"));

        Post first = posts.list(PostOrder.NEWEST, PagePosition.first(10)).items().get(0);

        assertTrue(post.getId() != null && post.getId() > 0);
        assertEquals(post.getId(), first.getId());
        assertEquals("A fresh post", first.getTitle());
        assertEquals("Written just now", first.getContent());
        assertEquals(author.name(), first.getAuthor());
        assertEquals("general", first.getCategory().getSlug());
        assertTrue(first.getPublishedAt() != null);
    }

    @Test
    void pagesGoFromNewestToOldestWithoutGapsOrOverlap() {
        IntStream.rangeClosed(1, 25).forEach(n -> posts.publish(author, draft("Paged " + n, "text")));

        Page<Post> first = posts.list(PostOrder.NEWEST, PagePosition.first(10));
        Page<Post> second = posts.list(PostOrder.NEWEST, position(first.olderQuery()));

        assertEquals(10, first.items().size());
        assertTrue(first.hasOlder());
        assertFalse(first.hasNewer());
        assertTrue(second.hasNewer());
        assertEquals(first.items().stream().map(Post::getId).toList(),
                posts.list(PostOrder.NEWEST, position(second.newerQuery())).items().stream().map(Post::getId).toList(),
                "newer than the second page is the first");
        List<Long> ids = java.util.stream.Stream.concat(first.items().stream(), second.items().stream())
                .map(Post::getId).toList();
        for (int i = 1; i < ids.size(); i++) {
            assertEquals(ids.get(i - 1) - 1, ids.get(i), "ids descend one by one: " + ids);
        }
    }

    @Test
    void pagePastTheEndShowsTheLastPage() {
        Page<Post> page = posts.list(PostOrder.NEWEST, PagePosition.parse("1", null, 10));

        assertEquals(10, page.items().size());
        assertFalse(page.hasOlder());
        assertTrue(page.hasNewer());
        assertEquals(1L, page.items().get(page.items().size() - 1).getId(), "the oldest post closes the last page");
    }

    @Test
    void tutorialsSamplePostsAreThereInTheDefaultCategoryWithoutAuthor() {
        Post oldest = posts.list(PostOrder.OLDEST, PagePosition.first(10)).items().get(0);

        assertEquals("Post #1", oldest.getTitle());
        assertEquals("Content #1", oldest.getContent());
        assertEquals("General", oldest.getCategory().getName());
        assertEquals(null, oldest.getAuthor());
    }

    @Test
    void postsOfOneTitlePageByIdWithoutGapsOrOverlapBothWays() {
        String title = "Tied " + java.util.UUID.randomUUID();
        List<Long> tied = IntStream.rangeClosed(1, 13)
                .mapToObj(n -> posts.publish(author, draft(title, "text")).getId()).toList();

        Page<Post> afterFirst = posts.list(PostOrder.TITLE, PagePosition.parse(tied.get(0).toString(), null, 10));
        Page<Post> next = posts.list(PostOrder.TITLE, position(afterFirst.olderQuery()));
        Page<Post> back = posts.list(PostOrder.TITLE, position(next.newerQuery()));

        assertEquals(tied.subList(1, 11), ids(afterFirst));
        assertEquals(tied.subList(11, 13), ids(next).subList(0, 2));
        assertEquals(ids(afterFirst), ids(back));
    }

    /** The position that a page's neighbour query ("after=12", "before=3") names. */
    private static PagePosition position(String query) {
        String key = query.substring(query.indexOf('=') + 1);
        return query.startsWith("after=") ? PagePosition.parse(key, null, 10) : PagePosition.parse(null, key, 10);
    }

    private static List<Long> ids(Page<Post> page) {
        return page.items().stream().map(Post::getId).toList();
    }

    @Test
    void byTitleListsInAlphabeticalOrder() {
        List<String> titles = posts.list(PostOrder.TITLE, PagePosition.first(10)).items().stream()
                .map(Post::getTitle).toList();

        assertEquals(titles.stream().sorted().toList(), titles);
    }

    @Test
    void blankTitleOrContentIsRejected() {
        assertThrows(ConstraintViolationException.class, () -> posts.publish(author, draft("  ", "text")));
        assertThrows(ConstraintViolationException.class, () -> posts.publish(author, draft("Title", " ")));
    }

    @Test
    void titleOrContentOverTheLimitIsRejectedNotCut() {
        String tooLong = "t".repeat(Post.TITLE_MAX_LENGTH + 1);

        assertThrows(ConstraintViolationException.class, () -> posts.publish(author, draft(tooLong, "text")));
        assertThrows(ConstraintViolationException.class,
                () -> posts.publish(author, draft("Title", "x".repeat(Post.CONTENT_MAX_LENGTH + 1))));
    }

    @Test
    void titleAndContentOfExactlyTheLimitAreKeptWhole() {
        String longest = "t".repeat(Post.TITLE_MAX_LENGTH);

        Post post = posts.publish(author, draft(longest, "x".repeat(Post.CONTENT_MAX_LENGTH)));

        Post stored = posts.find(post.getId()).orElseThrow();
        assertEquals(longest, stored.getTitle());
        assertEquals(Post.CONTENT_MAX_LENGTH, stored.getContent().length());
    }

    @Test
    void tagsAreSharedBetweenPostsAndListThem() {
        String tag = "tag-" + UUID.randomUUID().toString().substring(0, 8);
        Post first = posts.publish(author, new PostDraft("First", "text", "general", null, tag + ", java"));
        Post second = posts.publish(author, new PostDraft("Second", "text", "general", null, tag.toUpperCase()));

        List<Long> tagged = posts.taggedWith(posts.tag(tag).orElseThrow(), PagePosition.first(10)).items().stream()
                .map(Post::getId).toList();

        assertEquals(List.of(second.getId(), first.getId()), tagged);
    }

    @Test
    void anAuthorEditsTheirOwnPostButNotAnothersAndAnAdministratorEditsAny() {
        Post post = posts.publish(author, draft("Mine", "text"));
        Caller other = new Caller("someone-else", Role.AUTHOR);

        Post edited = posts.edit(author, post.getId(), post.getVersion(), draft("Mine, edited", "text"));
        assertThrows(NotAllowed.class,
                () -> posts.edit(other, post.getId(), edited.getVersion(), draft("Not yours", "text")));
        assertThrows(NotAllowed.class, () -> posts.delete(other, post.getId()));
        posts.edit(ADMIN, post.getId(), edited.getVersion(), draft("Moderated", "text"));

        assertEquals("Moderated", posts.find(post.getId()).orElseThrow().getTitle());
        assertTrue(posts.find(post.getId()).orElseThrow().getUpdatedAt() != null);
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedAndChangesNothing() {
        Post post = posts.publish(author, draft("Original", "text"));
        long opened = post.getVersion();
        posts.edit(author, post.getId(), opened, draft("Saved first", "text"));

        assertThrows(Conflict.class, () -> posts.edit(author, post.getId(), opened, draft("Saved second", "text")));
        assertEquals("Saved first", posts.find(post.getId()).orElseThrow().getTitle());
    }

    @Test
    void aDeletedPostIsGone() {
        Post post = posts.publish(author, draft("Short-lived", "text"));

        posts.delete(author, post.getId());

        assertTrue(posts.find(post.getId()).isEmpty());
        assertThrows(Invalid.class, () -> posts.delete(author, post.getId()));
    }

    @Test
    void onlyAnAdministratorAddsCategoriesAndCountsFollowThePosts() {
        String name = "Category " + UUID.randomUUID().toString().substring(0, 8);
        assertThrows(NotAllowed.class, () -> posts.createCategory(author, name));
        Category category = posts.createCategory(ADMIN, name);
        posts.publish(author, new PostDraft("In it", "text", category.getSlug(), null, ""));

        CategoryCount count = posts.categories().stream()
                .filter(entry -> entry.category().getSlug().equals(category.getSlug())).findFirst().orElseThrow();

        assertEquals(1, count.posts());
        assertEquals(1, posts.inCategory(category, PagePosition.first(10)).items().size());
    }

    @Test
    void aCategoryWithPostsIsNotDeletedButARenamedOneKeepsItsAddress() {
        Category category = posts.createCategory(ADMIN, "Doomed " + UUID.randomUUID().toString().substring(0, 8));
        Post post = posts.publish(author, new PostDraft("Holding on", "text", category.getSlug(), null, ""));

        assertThrows(Invalid.class, () -> posts.deleteCategory(ADMIN, category.getSlug()));
        posts.renameCategory(ADMIN, category.getSlug(), "Renamed");
        assertEquals("Renamed", posts.category(category.getSlug()).orElseThrow().getName());

        posts.delete(author, post.getId());
        posts.deleteCategory(ADMIN, category.getSlug());
        assertTrue(posts.category(category.getSlug()).isEmpty());
    }
}
