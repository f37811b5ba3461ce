package org.flaskapp.platform.urls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void aParameterIsDecodedAsUtf8() {
        assertEquals(Optional.of("café été"), QueryString.parameter("q=caf%C3%A9+%C3%A9t%C3%A9&in=posts", "q"));
        assertEquals(Optional.of("posts"), QueryString.parameter("q=x&in=posts", "in"));
    }

    @Test
    void theFirstValueCountsAndAMissingOneIsEmpty() {
        assertEquals(Optional.of("1"), QueryString.parameter("page=1&page=2", "page"));
        assertEquals(Optional.empty(), QueryString.parameter("q=x", "page"));
        assertEquals(Optional.empty(), QueryString.parameter(null, "q"));
        assertEquals(Optional.of(""), QueryString.parameter("q", "q"));
    }

    @Test
    void brokenEscapesAreTakenAsWrittenAndBrokenCharactersReplaced() {
        assertEquals(Optional.of("100% sure"), QueryString.parameter("q=100%+sure", "q"));
        assertEquals(Optional.of("\uFFFD"), QueryString.parameter("q=%C3", "q"));
    }
}
