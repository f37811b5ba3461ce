package org.flaskapp.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecentPagesTest {

    private final RecentPages<String> pages = new RecentPages<>();
    private final AtomicInteger loads = new AtomicInteger();
    private final Function<PageRequest, Page<String>> database =
            request -> new Page<>(List.of("load " + loads.incrementAndGet()), request.number(), false);

    @Test
    void aRecentPageIsReadOnceUntilTheListChanges() {
        Page<String> first = pages.get(new PageRequest(1, 10), database);

        assertSame(first, pages.get(new PageRequest(1, 10), database));
        assertEquals(1, loads.get());
    }

    @Test
    void aChangeMakesEveryPageReadAgain() {
        pages.get(new PageRequest(1, 10), database);
        pages.get(new PageRequest(2, 10), database);

        pages.invalidate();

        assertEquals(List.of("load 3"), pages.get(new PageRequest(1, 10), database).items());
        assertEquals(List.of("load 4"), pages.get(new PageRequest(2, 10), database).items());
    }

    @Test
    void aPageReadWhileAChangeCommitsIsNotServedAfterIt() {
        pages.get(new PageRequest(1, 10), request -> {
            pages.invalidate(); // the write commits while this read is under way
            return database.apply(request);
        });

        assertEquals(List.of("load 2"), pages.get(new PageRequest(1, 10), database).items());
    }

    @Test
    void deepPagesAlwaysComeFromTheDatabase() {
        PageRequest deep = new PageRequest(RecentPages.CACHED_PAGES + 1, 10);

        pages.get(deep, database);
        pages.get(deep, database);

        assertEquals(2, loads.get());
    }

    @Test
    void pageSizeIsPartOfWhatIsCached() {
        pages.get(new PageRequest(1, 10), database);
        pages.get(new PageRequest(1, 20), database);

        assertEquals(2, loads.get());
    }
}
