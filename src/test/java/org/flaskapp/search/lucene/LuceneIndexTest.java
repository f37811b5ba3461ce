package org.flaskapp.search.lucene;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.flaskapp.search.IndexState;
import org.flaskapp.search.ItemKey;
import org.flaskapp.search.SearchHit;
import org.flaskapp.search.SearchQuery;
import org.flaskapp.search.SearchResults;
import org.flaskapp.search.SearchScope;
import org.flaskapp.search.Searchable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real Lucene index, in memory: what a query finds, in what order, shown how. */
class LuceneIndexTest {

    private static final LocalDateTime DAY = LocalDateTime.of(2026, 12, 1, 12, 0);
    private static final SearchScope VISITOR = SearchScope.everything(false);
    private static final SearchScope ADMINISTRATOR = SearchScope.everything(true);

    private final LuceneIndex index = openIndex();

    private static LuceneIndex openIndex() {
        try {
            return LuceneIndex.in(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static Searchable post(long id, String title, String text) {
        return new Searchable("posts", id, title, text, "", false, DAY.plusDays(id));
    }

    private static Searchable question(long id, String question, String answers, String hiddenAnswers, boolean hidden) {
        return new Searchable("questions", id, question, answers, hiddenAnswers, hidden, DAY.plusDays(id));
    }

    private void put(Searchable... items) {
        index.update(List.of(items), List.of(), index.state().through(index.state().through() + 1));
    }

    private List<String> found(String typed, SearchScope scope) {
        return index.search(SearchQuery.parse(typed), scope, 1).hits().stream().map(hit -> hit.key().toString()).toList();
    }

    private List<String> found(String typed) {
        return found(typed, VISITOR);
    }

    @Test
    void everyWordMustMatch() {
        put(post(1, "Blue sky", "Why is it blue?"), post(2, "Grey sky", "Rain"));

        assertEquals(List.of("posts:1"), found("sky blue"));
        assertEquals(List.of(), found("sky green"));
    }

    @Test
    void caseAccentsAndEnglishEndingsAreIgnored() {
        put(post(1, "Café culture", "We run every morning."));

        assertAll(
                () -> assertEquals(List.of("posts:1"), found("cafe")),
                () -> assertEquals(List.of("posts:1"), found("CAFÉ")),
                () -> assertEquals(List.of("posts:1"), found("running")),
                () -> assertEquals(List.of("posts:1"), found("runs")));
    }

    @Test
    void aPhraseMatchesItsWordsInOrder() {
        put(post(1, "One", "the sky is blue"), post(2, "Two", "blue is the sky"));

        assertEquals(List.of("posts:1"), found("\"sky is blue\""));
    }

    @Test
    void aPrefixMatchesWordsThatBeginSo() {
        put(post(1, "Underworld", "A portal"), post(2, "Under the sea", "Water"));

        assertEquals(List.of("posts:1"), found("underw*"));
        assertEquals(2, found("unde*").size());
    }

    @Test
    void aLeftOutWordRemovesWhatHasIt() {
        put(post(1, "Love", "A portal to the underworld"), post(2, "Love", "A feeling"));

        assertEquals(List.of("posts:2"), found("love -portal"));
        assertEquals(List.of("posts:1"), found("love -\"a feeling\""));
    }

    @Test
    void aMatchInTheTitleCountsMoreThanOneInTheText() {
        // the match in the title is in a longer field, and in the older post: only the title's weight puts it first
        put(post(1, "Clouds over the harbour in the early morning light", "Weather"), post(2, "Weather", "Clouds"));

        assertEquals(List.of("posts:1", "posts:2"), found("clouds"));
    }

    @Test
    void amongEqualMatchesTheNewerComesFirst() {
        put(post(1, "Same", "text"), post(3, "Same", "text"), post(2, "Same", "text"));

        assertEquals(List.of("posts:3", "posts:2", "posts:1"), found("same"));
    }

    @Test
    void aSectionCanBeSearchedAlone() {
        put(post(1, "Sky", "blue"), question(2, "Why is the sky blue?", "Because", "", false));

        assertEquals(List.of("questions:2"), found("sky", new SearchScope(Optional.of("questions"), false)));
        assertEquals(List.of("posts:1"), found("sky", new SearchScope(Optional.of("posts"), false)));
    }

    @Test
    void hiddenQuestionsAndHiddenAnswersAreFoundByAdministratorsOnlyAndMarked() {
        put(question(1, "What is love?", "A feeling", "A portal to the underworld", false),
                question(2, "Is the underworld real?", "", "", true));

        assertEquals(List.of(), found("underworld", VISITOR));
        assertEquals(List.of(), found("portal", VISITOR));
        List<SearchHit> hits = index.search(SearchQuery.parse("underworld"), ADMINISTRATOR, 1).hits();
        assertEquals(2, hits.size());
        SearchHit hiddenQuestion = hits.stream().filter(hit -> hit.key().id() == 2).findFirst().orElseThrow();
        SearchHit hiddenAnswer = hits.stream().filter(hit -> hit.key().id() == 1).findFirst().orElseThrow();
        assertTrue(hiddenQuestion.hidden());
        assertFalse(hiddenAnswer.hidden());
        assertTrue(hiddenAnswer.foundInHiddenText());
        assertTrue(hiddenAnswer.snippetHtml().contains("<mark>underworld</mark>"), hiddenAnswer.snippetHtml());
    }

    @Test
    void theSnippetMarksTheWordsFoundAndEscapesEverythingElse() {
        put(post(1, "<b>Bold</b> title", "Some <script>alert('x')</script> & the sky is \"blue\" today."));

        SearchHit hit = index.search(SearchQuery.parse("sky"), VISITOR, 1).hits().get(0);

        assertEquals("Some &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; the <mark>sky</mark> is &quot;blue&quot; today.",
                hit.snippetHtml());
        assertEquals("&lt;b&gt;Bold&lt;/b&gt; title", hit.title());
    }

    @Test
    void theTitleMarksTheWordsFoundInIt() {
        put(question(1, "Why is the sky blue?", "", "", false));

        assertEquals("Why is the <mark>sky</mark> blue?", index.search(SearchQuery.parse("sky"), VISITOR, 1).hits().get(0).title());
    }

    @Test
    void everyWordFoundIsMarkedWhereverTheOthersWere() {
        put(post(1, "Blue sky", "Rain falls from the clouds."));

        SearchHit hit = index.search(SearchQuery.parse("sky rain"), VISITOR, 1).hits().get(0);

        assertEquals("Blue <mark>sky</mark>", hit.title());
        assertEquals("<mark>Rain</mark> falls from the clouds.", hit.snippetHtml());
    }

    @Test
    void aLongTextGivesAShortSnippetAroundTheWordFound() {
        String filler = "Nothing to see here. ".repeat(200);
        put(post(1, "Long", filler + "The sky is blue. " + filler));

        String snippet = index.search(SearchQuery.parse("sky"), VISITOR, 1).hits().get(0).snippetHtml();

        assertTrue(snippet.contains("<mark>sky</mark>"), snippet);
        assertTrue(snippet.length() < 400, snippet);
        assertTrue(snippet.startsWith(MarkedSnippet.ELLIPSIS) && snippet.endsWith(MarkedSnippet.ELLIPSIS), snippet);
    }

    @Test
    void anItemPutAgainIsFoundByItsNewWordsOnly() {
        put(post(1, "Old title", "old words"));
        put(post(1, "New title", "new words"));

        assertEquals(List.of(), found("old"));
        assertEquals(List.of("posts:1"), found("new"));
    }

    @Test
    void aRemovedItemIsNotFound() {
        put(post(1, "Sky", "blue"));

        index.update(List.of(), List.of(new ItemKey("posts", 1)), index.state().through(9));

        assertEquals(List.of(), found("sky"));
        assertEquals(9, index.state().through());
    }

    @Test
    void resultsComeTenAPageWithAnotherPageWhileMoreRemain() {
        put(IntStream.rangeClosed(1, 25).mapToObj(id -> post(id, "Sky " + id, "blue")).toArray(Searchable[]::new));

        SearchResults first = index.search(SearchQuery.parse("sky"), VISITOR, 1);
        SearchResults third = index.search(SearchQuery.parse("sky"), VISITOR, 3);

        assertEquals(25, first.total());
        assertEquals(SearchResults.PAGE_SIZE, first.hits().size());
        assertTrue(first.hasMore());
        assertEquals(5, third.hits().size());
        assertFalse(third.hasMore());
        assertEquals("posts:5", third.hits().get(0).key().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"sky", "-", "*", "AND OR (", "' OR 1=1 --", "<script>alert(1)</script>", "sky)(", "\\", "a*", "~sky^2",
            "title:sky", "[1 TO 5]", "sky\u0000blue", "\u202e\u200b"})
    void anyInputIsAQueryThatAnswers(String typed) {
        put(post(1, "Sky", "blue sky <script>alert(1)</script> OR 1=1"));

        SearchResults results = index.search(SearchQuery.parse(typed), VISITOR, 1);

        assertFalse(results.timedOut());
        results.hits().forEach(hit -> assertFalse(hit.snippetHtml().contains("<script>"), hit.snippetHtml()));
    }

    @Test
    void theStateIsKeptWithTheIndex() {
        index.clear(IndexState.toBuild("db-1", 7, "posts"));
        index.update(List.of(post(1, "Sky", "blue")), List.of(), index.state().through(8).buildingFrom(""));
        index.commit();

        assertEquals(new IndexState("db-1", 8, ""), index.state());
        assertTrue(index.state().built());
        assertEquals(1, index.size());
    }
}
