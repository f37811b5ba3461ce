package org.flaskapp.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Paging by position over a list in memory: ids 25 down to 1, newest first, like the posts. */
class PagingSeekTest {

    private final List<Long> newestFirst = new ArrayList<>(
            LongStream.rangeClosed(1, 25).boxed().sorted(Collections.reverseOrder()).toList());

    /** Newest first: following means smaller ids. Counts every read, as each is a query. */
    private int reads;

    private final KeysetList<Long> list = new KeysetList<>() {
        @Override
        public List<Long> following(Long key, int max) {
            reads++;
            return newestFirst.stream().filter(id -> key == null || id < key).limit(max).toList();
        }

        @Override
        public List<Long> preceding(Long key, int max) {
            reads++;
            return newestFirst.stream().sorted().filter(id -> key == null || id > key).limit(max).toList();
        }
    };

    private Page<Long> at(String after, String before) {
        return Paging.seek(PagePosition.parse(after, before, 10), list, Long::longValue);
    }

    @Test
    void theFirstPageLinksOnlyToTheOlderOne() {
        Page<Long> first = at(null, null);

        assertEquals(LongStream.rangeClosed(16, 25).boxed().sorted(Collections.reverseOrder()).toList(), first.items());
        assertNull(first.newerQuery());
        assertEquals("after=16", first.olderQuery());
        assertEquals(1, reads, "the first page is one read");
    }

    @Test
    void aPageAfterAnItemStartsRightAfterItAndLinksBothWays() {
        Page<Long> second = at("16", null);

        assertEquals(List.of(15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L), second.items());
        assertEquals("before=15", second.newerQuery());
        assertEquals("after=6", second.olderQuery());
    }

    @Test
    void theLastPageIsShortAndHasNoOlderLink() {
        Page<Long> last = at("6", null);

        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), last.items());
        assertNull(last.olderQuery());
    }

    @Test
    void aPageBeforeAnItemEndsRightBeforeIt() {
        Page<Long> page = at(null, "5");

        assertEquals(List.of(15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L), page.items());
        assertEquals("before=15", page.newerQuery());
        assertEquals("after=6", page.olderQuery());
    }

    @Test
    void aPageBeforeTooFewItemsIsTheWholeFirstPage() {
        Page<Long> page = at(null, "20");

        assertEquals(at(null, null), page, "25 to 21 alone would be a short page: the first page instead");
    }

    @Test
    void aPagePastTheEndIsTheLastFullPage() {
        Page<Long> page = at("1", null);

        assertEquals(List.of(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L), page.items());
        assertEquals("before=10", page.newerQuery());
        assertNull(page.olderQuery());
    }

    @Test
    void aPageAfterAnItemThatIsGoneStillStartsWhereItWas() {
        newestFirst.remove(Long.valueOf(16));

        assertEquals(15L, at("16", null).items().get(0));
    }

    @Test
    void malformedPositionsMeanTheFirstPage() {
        assertEquals(at(null, null), at("<script>", null));
        assertEquals(at(null, null), at("-3", "x"));
        assertEquals(at(null, null), at("", ""));
    }

    @Test
    void anEmptyListIsOneEmptyPage() {
        newestFirst.clear();

        Page<Long> page = at("7", null);

        assertEquals(List.of(), page.items());
        assertNull(page.newerQuery());
        assertNull(page.olderQuery());
    }
}
