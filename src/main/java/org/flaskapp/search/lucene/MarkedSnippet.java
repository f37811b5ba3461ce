package org.flaskapp.search.lucene;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.flaskapp.platform.text.PlainText;

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
                PlainText.escape(content, at, start, html);
                html.append("<mark>");
                PlainText.escape(content, start, end, html);
                html.append("</mark>");
                at = end;
            }
            PlainText.escape(content, at, passage.getEndOffset(), html);
            lastEnd = passage.getEndOffset();
        }
        if (lastEnd < content.length() && html.length() > 0) {
            html.append(' ').append(ELLIPSIS);
        }
        return html.toString().strip();
    }
}
