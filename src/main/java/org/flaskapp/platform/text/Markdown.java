package org.flaskapp.platform.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import org.commonmark.node.Link;
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

    /**
     * What was made of the texts read most (the posts on the pages people open), so that a page
     * shown again does not parse its Markdown again: it depends on its text alone, so a kept one
     * is never out of date. Only texts of a usual length are kept (a post may be 100,000
     * characters long): at most some 30 MB.
     */
    private static final int MAX_KEPT = 300;
    private static final int MAX_KEPT_LENGTH = 20_000;
    private static final Cache<Conversion, String> KEPT = Caffeine.newBuilder().maximumSize(MAX_KEPT).build();

    /** A text and what it is made into: its HTML (maxLength 0) or an excerpt. */
    private record Conversion(String source, int maxLength) {
    }

    /** The HTML of {@code source}. */
    public static String toHtml(String source) {
        return source == null ? "" : kept(new Conversion(source, 0), () -> HTML.render(PARSER.parse(source)));
    }

    private static String kept(Conversion conversion, Supplier<String> convert) {
        if (conversion.source().length() > MAX_KEPT_LENGTH) {
            return convert.get();
        }
        return KEPT.get(conversion, unused -> convert.get());
    }

    /**
     * The plain text of {@code source}, at most {@code maxLength} characters: cut at a word's end
     * with an ellipsis when longer.
     */
    public static String excerpt(String source, int maxLength) {
        return source == null ? "" : kept(new Conversion(source, maxLength), () -> plainExcerpt(source, maxLength));
    }

    /** The plain text of {@code source}, whole, as a search index reads it (never kept: read once). */
    public static String plainText(String source) {
        return source == null ? "" : TEXT.render(PARSER.parse(source)).strip();
    }

    private static String plainExcerpt(String source, int maxLength) {
        return PlainText.opening(plainText(source), maxLength);
    }
}
