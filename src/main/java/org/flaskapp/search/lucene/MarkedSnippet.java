package org.flaskapp.search.lucene;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * A result's snippet as HTML: the text of the highlighter's passages, every character escaped,
 * the words found in {@code <mark>}, and an ellipsis where text was left out. What it returns is
 * written into the page as it is, so nothing of the text may pass unescaped.
 */
final class MarkedSnippet extends PassageFormatter {

    static final String ELLIPSIS = "\u2026";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        int lastEnd = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > lastEnd || (html.length() > 0 && passage.getStartOffset() > 0)) {
                html.append(ELLIPSIS).append(' ');
            }
            int at = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], at);
                int end = passage.getMatchEnds()[i];
                if (end <= start) {
                    continue; // inside the previous match
                }
                escape(content, at, start, html);
                html.append("<mark>");
                escape(content, start, end, html);
                html.append("</mark>");
                at = end;
            }
            escape(content, at, passage.getEndOffset(), html);
            lastEnd = passage.getEndOffset();
        }
        if (lastEnd < content.length() && html.length() > 0) {
            html.append(' ').append(ELLIPSIS);
        }
        return html.toString().strip();
    }

    static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
