package org.flaskapp.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void readsAPageNumber() {
        assertEquals(new PageRequest(3, 10), PageRequest.parse("3", 10));
        assertEquals(new PageRequest(3, 10), PageRequest.parse(" 3 ", 10));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "abc", "2.5", "0", "-4", "99999999999999999999", "1e3"})
    void anythingButAPositiveNumberMeansTheFirstPage(String raw) {
        assertEquals(1, PageRequest.parse(raw, 10).number());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483647", "214748365", "999999999"})
    void aNumberTooLargeToCountMeansTheFurthestPageWhoseOffsetStillFits(String raw) {
        PageRequest furthest = PageRequest.parse(raw, 10);

        assertEquals(Integer.MAX_VALUE / 10, furthest.number());
        assertTrue(furthest.offset() >= 0, "offset " + furthest.offset());
    }

    @Test
    void offsetSkipsTheEarlierPages() {
        assertEquals(0, new PageRequest(1, 10).offset());
        assertEquals(20, new PageRequest(3, 10).offset());
    }

    @Test
    void lastPageHoldsTheRemainder() {
        PageRequest request = new PageRequest(50, 10);
        assertEquals(1, request.lastPageFor(0).number());
        assertEquals(1, request.lastPageFor(10).number());
        assertEquals(2, request.lastPageFor(11).number());
        assertEquals(100_000, request.lastPageFor(1_000_000).number());
    }

    @Test
    void rejectsImpossiblePages() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(Integer.MAX_VALUE, 10));
    }
}
