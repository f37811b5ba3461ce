package org.flaskapp.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.flaskapp.search.SearchQuery;
import org.flaskapp.search.SearchScope;

/**
 * A {@link SearchQuery} as a Lucene query: each term must match (or, left out, must not) in the
 * title, which counts {@value #TITLE_BOOST} times as much, or in the text (for administrators
 * also in the hidden text); the scope filters by section and visibility.
 */
final class LuceneQueries {

    static final float TITLE_BOOST = 3f;
    /** A prefix shorter than this is read as a word: {@code a*} would expand to most of the index. */
    static final int MIN_PREFIX = 2;
    /** How many of the words that begin with a prefix it looks for at most. */
    static final int MAX_PREFIX_WORDS = 64;

    private final Analyzer analyzer;

    LuceneQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query, or empty when nothing must match (then nothing is found). */
    Optional<Query> toLucene(SearchQuery query, SearchScope scope) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean anyRequired = false;
        for (SearchQuery.Term term : query.terms()) {
            Optional<Query> matches = inAnyField(term, scope.withHidden());
            if (matches.isPresent()) {
                all.add(matches.get(), term.excluded() ? Occur.MUST_NOT : Occur.MUST);
                anyRequired |= !term.excluded();
            }
        }
        if (!anyRequired) {
            return Optional.empty();
        }
        scope.section().ifPresent(section -> all.add(new TermQuery(new Term(LuceneIndex.SECTION, section)), Occur.FILTER));
        if (!scope.withHidden()) {
            // leaving out the few hidden ones costs less than keeping the many visible ones
            all.add(new TermQuery(new Term(LuceneIndex.HIDDEN, "true")), Occur.MUST_NOT);
        }
        return Optional.of(all.build());
    }

    /**
     * What a result's snippets mark: any of the terms that must match, in any field. (The
     * highlighter runs the query against one field at a time, where a query that wants every
     * term would match nothing unless that one field had them all.)
     */
    Optional<Query> toMark(SearchQuery query, boolean withHidden) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean anyTerm = false;
        for (SearchQuery.Term term : query.terms()) {
            if (!term.excluded()) {
                Optional<Query> matches = inAnyField(term, withHidden);
                if (matches.isPresent()) {
                    any.add(matches.get(), Occur.SHOULD);
                    anyTerm = true;
                }
            }
        }
        return anyTerm ? Optional.of(any.build()) : Optional.empty();
    }

    private Optional<Query> inAnyField(SearchQuery.Term term, boolean withHidden) {
        List<String> fields = withHidden
                ? List.of(LuceneIndex.TITLE, LuceneIndex.TEXT, LuceneIndex.HIDDEN_TEXT)
                : List.of(LuceneIndex.TITLE, LuceneIndex.TEXT);
        // The fields' scores add up (a disjunction of SHOULD clauses): Lucene skips whole blocks of
        // documents that cannot make the top results, which it did not do for a maximum of them
        // (DisjunctionMaxQuery): a word found in nearly every item took 12 ms instead of 1.2 ms.
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (String field : fields) {
            Optional<Query> query = inField(term, field);
            if (query.isEmpty()) {
                return Optional.empty(); // nothing searchable in it (punctuation alone, say)
            }
            anyField.add(field.equals(LuceneIndex.TITLE) ? new BoostQuery(query.get(), TITLE_BOOST) : query.get(), Occur.SHOULD);
        }
        return Optional.of(anyField.build());
    }

    private Optional<Query> inField(SearchQuery.Term term, String field) {
        if (term.kind() == SearchQuery.Kind.PREFIX) {
            BytesRef prefix = analyzer.normalize(field + SearchAnalyzers.EXACT, term.text());
            if (prefix.length >= MIN_PREFIX && term.text().codePoints().allMatch(Character::isLetterOrDigit)) {
                // the words that begin so and are most frequent: a short prefix of a common word
                // would otherwise gather most of the index, each item at equal score
                return Optional.of(new PrefixQuery(new Term(field + SearchAnalyzers.EXACT, prefix),
                        new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_WORDS)));
            }
        }
        List<String> words = terms(field, term.text());
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (words.size() == 1) {
            return Optional.of(new TermQuery(new Term(field, words.get(0))));
        }
        return Optional.of(new PhraseQuery(field, words.toArray(String[]::new)));
    }

    /** The terms that {@code text} is made into in {@code field}. */
    List<String> terms(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String: does not happen
        }
        return terms;
    }
}
