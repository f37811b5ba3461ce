package org.flaskapp.posts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.flaskapp.platform.refusal.Invalid;
import java.util.Locale;
import java.util.Set;

/**
 * What an author typed into the post form: title, Markdown content, the category's slug (or the
 * name of a new category, which only administrators may give) and the tags as one line,
 * separated by commas ("jakarta ee, derby").
 */
public record PostDraft(String title, String content, String categorySlug, String newCategory, String tags) {

    public static final int MAX_TAGS = 10;

    /**
     * The tag names of {@link #tags}: each trimmed, in lower case, inner spaces as dashes, each
     * once, in the order typed.
     *
     * @throws Invalid when a tag has other characters or there are too many
     */
    public List<String> tagNames() {
        Set<String> names = new LinkedHashSet<>();
        if (tags != null) {
            for (String typed : tags.split(",")) {
                String name = typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
                if (name.isEmpty()) {
                    continue;
                }
                if (!name.matches(Tag.NAME_PATTERN)) {
                    throw new Invalid("A tag has up to 30 letters a-z, digits and dashes; \""
                            + typed.strip() + "\" is not one.");
                }
                names.add(name);
            }
        }
        if (names.size() > MAX_TAGS) {
            throw new Invalid("A post can have at most " + MAX_TAGS + " tags.");
        }
        return new ArrayList<>(names);
    }

    /** Whether a new category was named, instead of an existing one chosen. */
    boolean namesNewCategory() {
        return newCategory != null && !newCategory.isBlank();
    }
}
