package org.flaskapp.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How one server learns of writes that other servers of the site made (docs/scale-out.md). */
class ContentVersionTest {

    private static final ContentChanged A_NEW_POST = new ContentChanged() {
    };

    /** The database's count as the other servers leave it; can be made unreachable, or slow. */
    final class FakeSharedVersion implements SharedContentVersion {
        long count;
        int reads;
        int forgotten;
        boolean unreachable;
        long readTakesMillis;

        @Override
        public OptionalLong readCommitted() {
            reads++;
            if (unreachable) {
                throw new IllegalStateException("connection refused");
            }
            passes(readTakesMillis);
            return OptionalLong.of(count);
        }

        @Override
        public long moveOn() {
            return ++count;
        }

        @Override
        public void forgetKeptData() {
            forgotten++;
        }
    }

    private final FakeSharedVersion database = new FakeSharedVersion();
    private long now = 1_000_000_000L;
    private final ContentVersion content = new ContentVersion(database, () -> now);

    private void passes(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void anotherServersWriteIsSeenOnceTheCheckIntervalIsOver() {
        long before = content.current();

        database.count++; // another server's write commits
        passes(ContentVersion.CHECK_INTERVAL_MILLIS - 1);
        assertEquals(before, content.current(), "within the interval the count is not read again");

        passes(1);
        assertNotEquals(before, content.current());
    }

    @Test
    void theCountIsReadAtMostOncePerIntervalHoweverOftenTheVersionIsAsked() {
        content.current();
        int reads = database.reads;
        for (int i = 0; i < 1_000; i++) {
            content.current();
        }
        assertEquals(reads, database.reads);
    }

    @Test
    void theLatestVersionReadsTheCountAtOnce() {
        long before = content.current();

        database.count++;
        assertNotEquals(before, content.latest(), "the writer's next page, on another server");
    }

    @Test
    void aWriteOfThisServerMovesTheSharedCountAndThisServersVersionAtItsCommit() {
        long before = content.current();

        content.writing(A_NEW_POST);
        assertEquals(1, database.count, "counted in the write's own transaction");
        assertEquals(before, content.known(), "not before the commit");

        content.committed(A_NEW_POST);
        assertNotEquals(before, content.known());
    }

    @Test
    void thisServersOwnWriteMovesTheVersionOnceAndForgetsNothingWhenTheCountIsReadBack() {
        content.latest();
        content.latest(); // settled: the first read forgets twice, like any news
        int forgotten = database.forgotten;
        ContentChanged write = new ContentChanged() {
        };

        content.writing(write);
        content.committed(write);
        long afterCommit = content.known();

        assertEquals(afterCommit, content.latest(), "its own increment is no news");
        assertEquals(forgotten, database.forgotten, "JPA's cache already holds this server's own write");
    }

    @Test
    void anotherServersWriteBetweenTwoOfThisServersIsStillSeen() {
        content.latest();
        ContentChanged first = new ContentChanged() {
        };
        ContentChanged second = new ContentChanged() {
        };
        content.writing(first);
        content.committed(first);
        database.count++; // another server's write commits
        content.writing(second);
        content.committed(second);
        long afterCommits = content.known();
        int forgotten = database.forgotten;

        assertNotEquals(afterCommits, content.latest());
        assertEquals(forgotten + 1, database.forgotten);
    }

    @Test
    void aWriteThatRolledBackIsNotTakenForThisServersOwn() {
        content.latest();
        ContentChanged rolledBack = new ContentChanged() {
        };
        content.writing(rolledBack); // sets count 1, then rolls back: the count is 0 again
        database.count--;
        database.count++; // another server's write takes count 1
        long before = content.known();

        assertNotEquals(before, content.latest());
    }

    @Test
    void keptDataIsForgottenWhenTheCountMovedAndOnceMoreAtTheNextRead() {
        content.current();
        int forgotten = database.forgotten;

        database.count++;
        content.latest();
        assertEquals(forgotten + 1, database.forgotten);

        content.latest(); // an entity that a read in flight put back is gone too
        assertEquals(forgotten + 2, database.forgotten);

        content.latest();
        assertEquals(forgotten + 2, database.forgotten, "nothing changed since");
    }

    @Test
    void whileReadingTheCountHangsNothingKeptCounts() {
        content.current();
        passes(ContentVersion.CHECK_INTERVAL_MILLIS);
        database.readTakesMillis = ContentVersion.TRUST_LIMIT_MILLIS; // a network pause

        long during = content.current();
        assertNotEquals(during, content.current(), "the last good read is too old: nothing kept matches");

        database.readTakesMillis = 0;
        passes(ContentVersion.CHECK_INTERVAL_MILLIS);
        long after = content.current();
        assertEquals(after, content.current(), "read again in time: kept things count again");
    }

    @Test
    void whileTheCountCannotBeReadNothingKeptCountsAndThenAllIsAsBefore() {
        content.current();
        database.unreachable = true;

        passes(ContentVersion.CHECK_INTERVAL_MILLIS);
        long during = content.current();
        assertNotEquals(during, content.current(), "every ask moves the version on: nothing kept matches");

        database.unreachable = false;
        long after = content.current();
        assertEquals(after, content.current(), "read again: kept things count again");
        assertNotEquals(during, after);
    }
}
