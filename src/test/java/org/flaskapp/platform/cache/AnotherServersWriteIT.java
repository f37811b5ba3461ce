package org.flaskapp.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flaskapp.posts.Post;
import org.flaskapp.posts.PostOrder;
import org.flaskapp.posts.PostService;
import org.flaskapp.platform.paging.PagePosition;
import org.flaskapp.testing.InsideServer;
import org.junit.jupiter.api.Test;

/**
 * Inside one server, a write as another server of the site makes it (docs/scale-out.md): the
 * rows and the shared count change in one transaction on the database, and nothing in this
 * server hears of it. Within {@value #BOUND_MILLIS} ms this server must stop sending what it kept
 * from before: kept views, kept reads, and the entities in JPA's shared cache. Runs on PostgreSQL
 * only (pom.xml): an embedded Derby database opens in one Java process, so there no other server
 * exists, and the server never reads the count again (ContentVersionIT).
 */
class AnotherServersWriteIT extends InsideServer {

    static final long BOUND_MILLIS = 1_000;

    @Inject
    ContentVersion content;

    @Inject
    ContentCache cache;

    @Inject
    PostService posts;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/flaskapp")
    DataSource database;

    @Test
    void aViewKeptBeforeAnotherServersWriteIsNoLongerSentWithinTheBound() throws Exception {
        String key = "/kept-before-" + System.nanoTime();
        cache.keep(key, content.current(), new RenderedView("text/html", List.of(), new byte[0], "\"old\""));
        assertTrue(cache.view(key).isPresent());

        long committedAt = writeAsAnotherServer("UPDATE content_version SET version = version + 1 WHERE id = 1");

        assertTrue(whenGone(() -> cache.view(key).isEmpty()) - committedAt <= BOUND_MILLIS,
                "the kept view was still sent more than " + BOUND_MILLIS + " ms after the write");
    }

    @Test
    void theLatestVersionSeesAnotherServersWriteAtOnce() throws Exception {
        long before = content.latest();

        writeAsAnotherServer("UPDATE content_version SET version = version + 1 WHERE id = 1");

        assertNotEquals(before, content.latest(), "the writer's next page, answered by this server");
    }

    @Test
    void aPostEditedOnAnotherServerIsReadAfreshWithinTheBound() throws Exception {
        Post post = newestPost();
        long id = post.getId();
        assertSame(post, newestPost(), "the list is kept: read once, then from memory");
        posts.find(id); // now in JPA's shared cache
        String newTitle = "Edited elsewhere " + System.nanoTime();

        long committedAt = writeAsAnotherServer(
                "UPDATE post SET title = '" + newTitle + "', version = version + 1 WHERE id = " + id,
                "UPDATE content_version SET version = version + 1 WHERE id = 1");

        assertTrue(whenGone(() -> newTitle.equals(newestPost().getTitle())
                && newTitle.equals(posts.find(id).orElseThrow().getTitle())) - committedAt <= BOUND_MILLIS,
                "the kept list or the post was still read with its old title after the bound");
    }

    private Post newestPost() {
        return posts.list(PostOrder.NEWEST, PagePosition.first(5)).items().get(0);
    }

    /** Commits {@code statements} in one transaction over plain JDBC; returns when (ms). */
    private long writeAsAnotherServer(String... statements) throws Exception {
        transaction.begin();
        try (Connection connection = database.getConnection()) {
            for (String statement : statements) {
                try (PreparedStatement update = connection.prepareStatement(statement)) {
                    assertEquals(1, update.executeUpdate(), statement);
                }
            }
        } catch (SQLException | RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();
        return System.currentTimeMillis();
    }

    /** Asks {@code done} every 10 ms, for at most twice the bound; returns when it first said yes (ms). */
    private static long whenGone(java.util.function.BooleanSupplier done) throws InterruptedException {
        long giveUpAt = System.currentTimeMillis() + 2 * BOUND_MILLIS;
        while (!done.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < giveUpAt, "never happened");
            Thread.sleep(10);
        }
        return System.currentTimeMillis();
    }
}
