package org.flaskapp.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
}
