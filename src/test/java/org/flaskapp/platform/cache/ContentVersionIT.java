package org.flaskapp.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Metrics;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.flaskapp.questions.Question;
import org.flaskapp.questions.QuestionService;
import org.flaskapp.testing.InsideServer;
import org.junit.jupiter.api.Test;

/**
 * Inside the server, with its real transactions: the content version that kept views are checked
 * against moves when a write commits, not before. Were it to move before, a view rendered in
 * between would be kept without the write and sent until the next one.
 */
class ContentVersionIT extends InsideServer {

    @Inject
    ContentCache cache;

    @Inject
    ContentVersion content;

    @Inject
    QuestionService questions;

    @Inject
    UserTransaction transaction;

    @Inject
    SharedContentVersion shared;

    @Test
    void theVersionMovesWhenAWriteCommitsAndNotBefore() throws Exception {
        long before = cache.version();
        transaction.begin();
        questions.ask(new Question("Counted at the commit?"), "Yes");

        assertEquals(before, cache.version(), "while the write is not committed");

        transaction.commit();
        assertNotEquals(before, cache.version());
    }

    @Test
    void aWriteRolledBackLeavesTheVersionAsItWas() throws Exception {
        // Read from the database on both sides: a write committed before this test (by the test
        // above) moves the version once more when the shared count is next read, whenever that is.
        long before = content.latest();
        transaction.begin();
        questions.ask(new Question("Never stored"), "No");
        transaction.rollback();

        assertEquals(before, content.latest());
    }

    @Test
    void theSharedCountIsReadOnlyWhereAnotherServerCanWriteAndOwnWritesMoveTheVersionEitherWay() throws Exception {
        content.latest();
        double readsBefore = Metrics.counter("flaskapp.content.version.reads").count();
        long before = content.current();

        for (int i = 0; i < 10; i++) {
            content.latest();
        }
        transaction.begin();
        questions.ask(new Question("Counted without a read?"), "Yes");
        transaction.commit();

        double reads = Metrics.counter("flaskapp.content.version.reads").count() - readsBefore;
        if (shared.othersCanWrite()) { // PostgreSQL: each latest() read it
            assertTrue(reads >= 10, reads + " reads");
        } else { // embedded Derby: no other server can exist
            assertEquals(0, reads, "reads of the shared count");
        }
        assertNotEquals(before, content.latest());
    }
}
