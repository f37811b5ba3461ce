package org.flaskapp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flaskapp.questions.Question;
import org.flaskapp.questions.QuestionService;
import org.flaskapp.testing.InsideServer;
import org.junit.jupiter.api.Test;

/**
 * Inside the server, on its real database: the search log is written with each write and only
 * when it commits, a server whose index is behind reads the log from where it stopped, and an
 * index of another database, or ahead of this one (a restored backup), is built again.
 */
class SearchFeedIT extends InsideServer {

    @Inject
    SearchService search;

    @Inject
    SearchIndex index;

    @Inject
    SearchFeed feed;

    @Inject
    SearchLog log;

    @Inject
    QuestionService questions;

    @Inject
    UserTransaction transaction;

    private static String word() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private List<ItemKey> found(String typed) {
        return search.search(SearchQuery.parse(typed), SearchScope.everything(false), 1).results().hits().stream()
                .map(SearchHit::key).toList();
    }

    /** Waits until the index is built from this database, and not ahead of it. */
    private void awaitBuilt() throws InterruptedException {
        for (int i = 0; i < 600 && !isBuiltFromThisDatabase(); i++) {
            Thread.sleep(100);
        }
        assertTrue(isBuiltFromThisDatabase(), "built within a minute: " + index.state());
    }

    private boolean isBuiltFromThisDatabase() {
        IndexState state = index.state();
        return state.built() && state.origin().equals(log.origin()) && state.through() <= log.committedVersion()
                && state.through() >= log.prunedThrough();
    }

    @Test
    void aQuestionIsFoundAsSoonAsItsWriteCommitsAndNeverWhenItRollsBack() throws Exception {
        String kept = word();
        String rolledBack = word();

        transaction.begin();
        Question question = questions.ask(new Question("Is " + kept + " found?"), "");
        assertEquals(List.of(), found(kept), "not before the commit");
        transaction.commit();
        transaction.begin();
        questions.ask(new Question("Is " + rolledBack + " found?"), "");
        transaction.rollback();

        assertEquals(List.of(new ItemKey("questions", question.getId())), found(kept));
        assertEquals(List.of(), found(rolledBack));
    }

    @Test
    void anIndexBehindTheLogReadsItFromWhereItStopped() throws Exception {
        String word = word();
        long before = log.committedVersion();
        Question question = questions.ask(new Question("Asked while this server was gone: " + word + "?"), "");
        ItemKey key = new ItemKey("questions", question.getId());
        assertEquals(List.of(key), found(word));

        // as if this server had stopped before the write: its index without it, at the version before
        feed.whileNotFeeding(() -> index.update(List.of(), List.of(key), index.state().through(before)));

        assertEquals(List.of(key), found(word), "read again from the log");
    }

    @Test
    void anIndexOfAnotherDatabaseOrAheadOfThisOneIsBuiltAgain() throws Exception {
        awaitBuilt();
        String word = word();
        Question question = questions.ask(new Question("Built again with " + word + "?"), "");
        IndexState current = index.state();

        feed.whileNotFeeding(() -> index.clear(new IndexState("another database", current.through(), "")));
        awaitBuilt();
        assertEquals(List.of(new ItemKey("questions", question.getId())), found(word), "built from this database");
        assertEquals(log.origin(), index.state().origin());

        feed.whileNotFeeding(() -> index.clear(new IndexState(current.origin(), current.through() + 1_000_000, "")));
        awaitBuilt();
        assertEquals(List.of(new ItemKey("questions", question.getId())), found(word), "built again: it was ahead");
    }

    @Test
    void anIndexOlderThanWhatTheLogStillHoldsIsBuiltAgain() throws Exception {
        awaitBuilt();
        long before = log.committedVersion();
        String word = word();
        ItemKey key = new ItemKey("questions", questions.ask(new Question("Asked before the log was cut: " + word + "?"), "").getId());
        transaction.begin();
        log.prune(Instant.now().plusSeconds(3600)); // as if a week had passed: every change so far is deleted
        transaction.commit();
        assertTrue(log.prunedThrough() > before);

        // as if this server had been down since before the question
        feed.whileNotFeeding(() -> index.update(List.of(), List.of(key), index.state().through(before)));
        awaitBuilt();

        assertEquals(List.of(key), found(word), "built again from the items themselves");
    }
}
