package org.flaskapp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.flaskapp.search.SearchQuery.Kind;
import org.flaskapp.search.SearchQuery.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    @Test
    void wordsPhrasesPrefixesAndLeftOutTermsAreReadAsTyped() {
        SearchQuery query = SearchQuery.parse("blue sky \"why not\" run* -love -\"the underworld\"");

        assertEquals(List.of(
                new Term("blue", Kind.WORD, false),
                new Term("sky", Kind.WORD, false),
                new Term("why not", Kind.PHRASE, false),
                new Term("run", Kind.PREFIX, false),
                new Term("love", Kind.WORD, true),
                new Term("the underworld", Kind.PHRASE, true)), query.terms());
        assertTrue(query.hasWords());
        assertFalse(query.cut());
    }

    @Test
    void anUnbalancedQuoteRunsToTheEnd() {
        assertEquals(List.of(new Term("sky", Kind.WORD, false), new Term("why not", Kind.PHRASE, false)),
                SearchQuery.parse("sky \"why not").terms());
    }

    @Test
    void aQuoteEndsTheWordBeforeIt() {
        assertEquals(List.of(new Term("sky", Kind.WORD, false), new Term("blue", Kind.PHRASE, false)),
                SearchQuery.parse("sky\"blue\"").terms());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "*", "***", "-", "\"\"", "\" \"", "- -", "\u0000\u0007\u001b"})
    void inputWithoutAnythingToFindIsAnEmptyQuery(String typed) {
        SearchQuery query = SearchQuery.parse(typed);

        assertTrue(query.isEmpty(), () -> query.terms().toString());
        assertFalse(query.hasWords());
    }

    @Test
    void nothingTypedIsAnEmptyQuery() {
        assertTrue(SearchQuery.parse(null).isEmpty());
    }

    @Test
    void onlyLeftOutTermsHaveNoWordsToFind() {
        SearchQuery query = SearchQuery.parse("-love -sky");

        assertFalse(query.isEmpty());
        assertFalse(query.hasWords());
    }

    @Test
    void aStarInsideAWordOrAloneIsNoOperator() {
        assertEquals(List.of(new Term("a b", Kind.WORD, false), new Term("sky", Kind.WORD, false)),
                SearchQuery.parse("a*b * sky").terms());
    }

    @Test
    void controlCharactersAreSpaces() {
        assertEquals(List.of(new Term("blue", Kind.WORD, false), new Term("sky", Kind.WORD, false)),
                SearchQuery.parse("blue\u0000sky\u200b").terms());
    }

    @Test
    void aLongQueryIsCutToItsFirstCharactersAndSaysSo() {
        SearchQuery query = SearchQuery.parse("x".repeat(10_000));

        assertTrue(query.cut());
        assertEquals(SearchQuery.MAX_LENGTH, query.text().length());
        assertEquals(1, query.terms().size());
    }

    @Test
    void aCutNeverSplitsACharacter() {
        SearchQuery query = SearchQuery.parse("a".repeat(SearchQuery.MAX_LENGTH - 1) + "\uD83D\uDE00\uD83D\uDE00");

        assertTrue(query.cut());
        assertTrue(query.text().endsWith("\uD83D\uDE00"));
    }

    @Test
    void termsBeyondTheLimitAreLeftOutAndSaidSo() {
        SearchQuery query = SearchQuery.parse("w ".repeat(SearchQuery.MAX_TERMS + 5));

        assertEquals(SearchQuery.MAX_TERMS, query.terms().size());
        assertTrue(query.cut());
    }

    @Test
    void operatorsOfOtherLanguagesAreWords() {
        assertEquals(List.of(new Term("AND", Kind.WORD, false), new Term("OR", Kind.WORD, false), new Term("(", Kind.WORD, false)),
                SearchQuery.parse("AND OR (").terms());
    }
}
