package org.flaskapp.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.IntStream;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PageRequest;
import org.flaskapp.testing.InsideServer;
import org.junit.jupiter.api.Test;

/** {@link PostService} inside the server, on the real datasource. */
class PostServiceIT extends InsideServer {

    @Inject
    PostService posts;

    @Test
    void publishedPostGetsAnIdAndComesFirst() {
        Post post = posts.publish(new Post("A fresh post", "Written just now"));

        Page<Post> first = posts.latest(new PageRequest(1, 10));

        assertTrue(post.getId() != null && post.getId() > 0);
        assertEquals(post.getId(), first.items().get(0).getId());
        assertEquals("A fresh post", first.items().get(0).getTitle());
        assertEquals("Written just now", first.items().get(0).getContent());
    }

    @Test
    void pagesGoFromNewestToOldestWithoutGapsOrOverlap() {
        IntStream.rangeClosed(1, 25).forEach(n -> posts.publish(new Post("Paged " + n, "")));

        Page<Post> first = posts.latest(new PageRequest(1, 10));
        Page<Post> second = posts.latest(new PageRequest(2, 10));

        assertEquals(10, first.items().size());
        assertTrue(first.hasOlder());
        assertFalse(first.hasNewer());
        assertTrue(second.hasNewer());
        List<Long> ids = java.util.stream.Stream.concat(first.items().stream(), second.items().stream())
                .map(Post::getId).toList();
        for (int i = 1; i < ids.size(); i++) {
            assertEquals(ids.get(i - 1) - 1, ids.get(i), "ids descend one by one: " + ids);
        }
    }

    @Test
    void pagePastTheEndShowsTheLastPage() {
        Page<Post> page = posts.latest(new PageRequest(100_000, 10));

        assertFalse(page.isEmpty());
        assertFalse(page.hasOlder());
        assertTrue(page.number() < 100_000);
        assertEquals(1L, page.items().get(page.items().size() - 1).getId(), "the oldest post closes the last page");
    }

    @Test
    void tutorialsSamplePostsAreThere() {
        Page<Post> last = posts.latest(new PageRequest(100_000, 10));
        Post oldest = last.items().get(last.items().size() - 1);

        assertEquals("Post #1", oldest.getTitle());
        assertEquals("Content #1", oldest.getContent());
    }

    @Test
    void blankTitleIsRejected() {
        assertThrows(ConstraintViolationException.class, () -> posts.publish(new Post("  ", "text")));
    }

    @Test
    void titleOverItsColumnIsRejectedNotCut() {
        String tooLong = "t".repeat(Post.TITLE_MAX_LENGTH + 1);

        assertThrows(ConstraintViolationException.class, () -> posts.publish(new Post(tooLong, "text")));
    }

    @Test
    void titleOfExactlyTheLimitIsKeptWhole() {
        String longest = "t".repeat(Post.TITLE_MAX_LENGTH);

        Post post = posts.publish(new Post(longest, "x".repeat(100_000)));

        Post stored = posts.latest(new PageRequest(1, 10)).items().stream()
                .filter(p -> p.getId().equals(post.getId())).findFirst().orElseThrow();
        assertEquals(longest, stored.getTitle());
        assertEquals(100_000, stored.getContent().length(), "content has no length limit");
    }
}
