package org.flaskapp.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader typed into a search field, read as the site's small query language: every word
 * must match; {@code "a phrase"} matches those words in that order; {@code word*} matches words
 * that begin so; {@code -word} (or {@code -"a phrase"}) leaves out what has it. Nothing else is an
 * operator: any other input is words, so no input is an error. Case, accents and English word
 * endings are the index's business (see the analyzers), not the query's.
 * <p>
 * Bounded, so that no query can cost much: {@value #MAX_LENGTH} characters (control characters
 * read as spaces) and {@value #MAX_TERMS} terms; {@link #cut()} says when a query was shortened.
 */
public record SearchQuery(String text, List<Term> terms, boolean cut) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_TERMS = 16;

    public enum Kind { WORD, PHRASE, PREFIX }

    /** One word, phrase or prefix of a query; {@code excluded} when it must not match. */
    public record Term(String text, Kind kind, boolean excluded) {
    }

    public SearchQuery {
        terms = List.copyOf(terms);
    }

    /** Reads {@code typed} (null reads as nothing). */
    public static SearchQuery parse(String typed) {
        String text = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC);
        text = text.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        boolean cut = text.codePointCount(0, text.length()) > MAX_LENGTH;
        if (cut) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
        }
        text = text.strip();
        List<Term> terms = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            if (Character.isWhitespace(text.charAt(at))) {
                at++;
                continue;
            }
            boolean excluded = text.charAt(at) == '-' && at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1));
            if (excluded) {
                at++;
            }
            int end;
            Term term;
            if (text.charAt(at) == '"') {
                int close = text.indexOf('"', at + 1);
                end = close < 0 ? text.length() : close + 1; // an unbalanced quote runs to the end
                term = new Term(text.substring(at + 1, close < 0 ? end : close).strip(), Kind.PHRASE, excluded);
            } else {
                end = at;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                term = word(text.substring(at, end), excluded);
            }
            at = end;
            if (term != null && !term.text().isEmpty()) {
                if (terms.size() == MAX_TERMS) {
                    cut = true;
                    break;
                }
                terms.add(term);
            }
        }
        return new SearchQuery(text, terms, cut);
    }

    /** A word as typed: {@code word*} is a prefix; stars alone or inside a word are no operator. */
    private static Term word(String typed, boolean excluded) {
        if (typed.equals("-")) {
            return null; // leaves out nothing
        }
        String stripped = typed.replaceAll("\\*+$", "");
        boolean prefix = stripped.length() < typed.length() && !stripped.isEmpty();
        return new Term(prefix ? stripped : typed.replace("*", " ").strip(), prefix ? Kind.PREFIX : Kind.WORD, excluded);
    }

    /** Whether anything must match: a query of nothing or only of left-out terms finds nothing. */
    public boolean hasWords() {
        return terms.stream().anyMatch(term -> !term.excluded());
    }

    /** Whether nothing was typed (only spaces, stars, control characters). */
    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
