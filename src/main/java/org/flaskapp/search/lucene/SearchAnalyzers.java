package org.flaskapp.search.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text becomes terms: words split by Unicode's rules, lower-cased and without accents
 * ({@code Café} is {@code cafe}), and for the main fields cut to their English stem
 * ({@code running} is {@code run}). No stop words are dropped, so a phrase matches as typed. Each
 * field has an {@code .exact} twin without stems, which is where a prefix ({@code runn*}) looks.
 */
final class SearchAnalyzers {

    static final String EXACT = ".exact";

    private SearchAnalyzers() {
    }

    /** The analyzer for every field: stems, or exact for the {@code .exact} twins. */
    static Analyzer perField(String... fields) {
        Analyzer exact = analyzer(false);
        Map<String, Analyzer> exactFields = new java.util.HashMap<>();
        for (String field : fields) {
            exactFields.put(field + EXACT, exact);
        }
        return new PerFieldAnalyzerWrapper(analyzer(true), exactFields);
    }

    private static Analyzer analyzer(boolean stems) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = new StandardTokenizer();
                TokenStream terms = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(words)));
                return new TokenStreamComponents(words, stems ? new PorterStemFilter(terms) : terms);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
