package org.flaskapp.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void htmlEscapesEveryMarkupCharacterAndKeepsLineBreaks() {
        assertEquals("<p>&lt;b&gt;a &amp; &quot;b&quot; &#39;c&#39;&lt;/b&gt;<br>next<br>line</p>",
                PlainText.toHtml("<b>a & \"b\" 'c'</b>\r\nnext\nline"));
    }

    @Test
    void anOpeningIsCutAtAWordWithAnEllipsis() {
        assertEquals("How do I cut", PlainText.opening("How do I  cut", 20), "spaces run together");
        assertEquals("How do I\u2026", PlainText.opening("How do I cut\nthis text", 11));
        assertEquals("one line", PlainText.opening("  one\n\tline ", 20));
    }
}
