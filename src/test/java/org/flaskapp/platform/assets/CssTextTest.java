package org.flaskapp.platform.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CssTextTest {

    @Test
    void commentsAndSpacesThatNoRuleNeedsGo() {
        String css = "/* the bar */\n.site-nav a {\n    color: #d64161;\n    font-weight: 700;\n}\n\n"
                + "@media (prefers-color-scheme: dark) {\n    :root { --page: #15171c; }\n}\n";

        assertEquals(".site-nav a{color:#d64161;font-weight:700}@media (prefers-color-scheme:dark){:root{--page:#15171c}}",
                CssText.minified(css));
    }

    @Test
    void aSpaceThatIsADescendantCombinatorStays() {
        assertEquals("main > .content:has(> .post) > :not(.post){grid-column:1 / -1}",
                CssText.minified("main > .content:has(> .post) > :not(.post) {\n  grid-column: 1 / -1;\n}"));
        assertEquals(".a :hover{color:red}", CssText.minified(".a :hover { color: red }"));
    }

    @Test
    void theSitesStylesheetShrinks() throws IOException {
        String css = Files.readString(Path.of("src/main/webapp/static/site.css"));

        String minified = CssText.minified(css);

        assertTrue(minified.length() < css.length() * 0.75, minified.length() + " of " + css.length());
        assertTrue(minified.contains("--pink:#d64161"), "the original's navigation colour");
        assertEquals(count(css, '{'), count(minified, '{'), "every rule is kept");
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
