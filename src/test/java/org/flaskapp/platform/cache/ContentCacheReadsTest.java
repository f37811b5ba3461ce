package org.flaskapp.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ContentCacheReadsTest {

    private static final ContentChanged A_NEW_POST = new ContentChanged() {
    };

    private final ContentVersion content = new ContentVersion(new ThisServerAlone());
    private final ContentCache reads = new ContentCache(content);
    private final AtomicInteger queries = new AtomicInteger();

    private String page(String content) {
        return reads.read("posts first", () -> {
            queries.incrementAndGet();
            return content;
        });
    }

    @Test
    void aResultIsReadOnceWhileNothingChanges() {
        assertEquals("ten posts", page("ten posts"));
        assertEquals("ten posts", page("something else"));

        assertEquals(1, queries.get());
    }

    @Test
    void aCommittedChangeMakesTheNextRequestReadAgain() {
        page("ten posts");

        content.committed(A_NEW_POST);

        assertEquals("eleven posts", page("eleven posts"));
        assertEquals(2, queries.get());
    }

    @Test
    void aResultReadWhileAChangeCommittedIsNotSentAfterIt() {
        String read = reads.read("posts first", () -> {
            content.committed(A_NEW_POST); // another request's write commits during this read
            return "ten posts, maybe without the new one";
        });

        assertEquals("ten posts, maybe without the new one", read, "this request still gets what it read");
        assertEquals("eleven posts", page("eleven posts"), "the next one reads again");
    }

    @Test
    void keysKeepTheirOwnResults() {
        assertEquals("first page", reads.read("posts first", () -> "first page"));
        assertEquals("page after 16", reads.read("posts after 16", () -> "page after 16"));
        assertEquals("first page", reads.read("posts first", () -> "other"));
    }

    @Test
    void aCrawlerWalkingManyPagesCannotFillTheMemory() {
        for (int n = 0; n < 3 * ContentCache.MAX_READS; n++) {
            int page = n;
            reads.read("posts after " + n, () -> "page " + page);
        }

        assertTrue(reads.keptReads() <= ContentCache.MAX_READS, reads.keptReads() + " kept");
    }
}
