package org.flaskapp.platform.text;

import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown that users write (posts) turned into HTML that is safe to show to everyone: HTML in
 * the source is shown as text, not run; links and images with {@code javascript:} and similar
 * addresses lose them; links get {@code rel="nofollow noopener"} (no search-engine credit for
 * spam, no access to this page from the one opened).
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow noopener");
                }
            })
            .build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private Markdown() {
    }

    /** The HTML of {@code source}. */
    public static String toHtml(String source) {
        return source == null ? "" : HTML.render(PARSER.parse(source));
    }

    /**
     * The plain text of {@code source}, at most {@code maxLength} characters: cut at a word's end
     * with an ellipsis when longer.
     */
    public static String excerpt(String source, int maxLength) {
        if (source == null) {
            return "";
        }
        Node document = PARSER.parse(source);
        String text = TEXT.render(document).replaceAll("\\s+", " ").strip();
        if (text.length() <= maxLength) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxLength - 1);
        return text.substring(0, cut > 0 ? cut : maxLength - 1).stripTrailing() + "\u2026";
    }
}
