package org.flaskapp.platform.sitemaps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** How a list of items is split into sitemaps of at most 50,000 addresses by id. */
class SitemapListTest {

    private final List<Long> lookups = new ArrayList<>();

    private SitemapList listOf(Long... ids) {
        TreeSet<Long> items = new TreeSet<>(List.of(ids));
        return new SitemapList("posts", after -> {
            lookups.add(after);
            Long next = items.higher(after);
            return next == null ? OptionalLong.empty() : OptionalLong.of(next);
        }, (after, through, max) -> List.of());
    }

    @Test
    void eachPartHoldsFiftyThousandIdsAndEmptyRangesHaveNoPart() {
        SitemapList list = listOf(1L, 50_000L, 50_001L, 250_123L);

        assertEquals(List.of(1, 2, 6), list.parts());
        assertEquals(List.of(0L, 50_000L, 100_000L, 300_000L), lookups, "one lookup per part, and one to end");
    }

    @Test
    void aPartIsThereWhenAnyIdInItsRangeIs() {
        SitemapList list = listOf(1L, 50_001L, 250_123L);

        assertEquals(List.of(true, true, false, false, false, true, false, false),
                List.of(list.hasPart(1), list.hasPart(2), list.hasPart(3), list.hasPart(4), list.hasPart(5), list.hasPart(6),
                        list.hasPart(7), list.hasPart(0)));
    }

    @Test
    void anEmptyListHasNoPart() {
        assertEquals(List.of(), listOf().parts());
    }

    @Test
    void aPartRunsFromAfterThePreviousPartThroughItsOwnLastId() {
        assertEquals(1, SitemapList.partOf(1));
        assertEquals(1, SitemapList.partOf(50_000));
        assertEquals(2, SitemapList.partOf(50_001));
        assertEquals(0, SitemapList.lastIdOf(0));
        assertEquals(100_000, SitemapList.lastIdOf(2));
    }
}
