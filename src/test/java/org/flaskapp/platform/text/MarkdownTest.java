package org.flaskapp.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void markdownBecomesHtml() {
        assertEquals("<h2>Title</h2>\n<p>Some <strong>bold</strong> and <em>slanted</em> text.</p>\n",
                Markdown.toHtml("## Title\n\nSome **bold** and *slanted* text."));
    }

    @Test
    void htmlInTheSourceIsShownAsTextNotRun() {
        String html = Markdown.toHtml("<script>alert(1)</script>\n\nHi <img src=x onerror=alert(2)>");

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void linksGetNofollowNoopenerAndLoseScriptAddresses() {
        String html = Markdown.toHtml("[site](https://example.com/) [bad](javascript:alert(1))");

        assertTrue(html.contains("<a rel=\"nofollow noopener\" href=\"https://example.com/\">site</a>"), html);
        assertFalse(html.contains("javascript:"), html);
    }

    @Test
    void anExcerptIsPlainTextCutAtAWordEnd() {
        assertEquals("Some bold text.", Markdown.excerpt("Some **bold** text.", 200));
        assertEquals("one two\u2026", Markdown.excerpt("one two three", 10));
        assertEquals("", Markdown.excerpt(null, 10));
    }
}
