package org.flaskapp.platform.assets;

import java.util.regex.Pattern;

/**
 * A stylesheet without its comments and the white space that no rule needs. Conservative: white
 * space is kept wherever it may be a descendant combinator ({@code .a :hover} differs from
 * {@code .a:hover}); only that around braces, semicolons and commas, and after colons, goes. Not
 * for stylesheets with strings that hold such characters (this site's has none).
 */
public final class CssText {

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern AROUND_PUNCTUATION = Pattern.compile("\\s*([{};,])\\s*");
    private static final Pattern AFTER_COLON = Pattern.compile(":\\s+");

    private CssText() {
    }

    public static String minified(String css) {
        String text = COMMENT.matcher(css).replaceAll("");
        text = SPACE.matcher(text).replaceAll(" ");
        text = AROUND_PUNCTUATION.matcher(text).replaceAll("$1");
        text = AFTER_COLON.matcher(text).replaceAll(":");
        return text.replace(";}", "}").strip();
    }
}
