package org.flaskapp.search;

import java.time.LocalDateTime;

/**
 * One item as the index holds it, made by its section's {@link SearchSource} from the database.
 *
 * @param section    the section it belongs to ("posts", "questions"), which also names it in {@code ?in=}
 * @param id         its id in that section
 * @param title      what a result shows as its link (a post's title, a question)
 * @param text       the rest that readers may find it by (a post's text, category and tags; the
 *                   visible answers to a question)
 * @param hiddenText what only administrators may find it by (hidden answers)
 * @param hidden     whether only administrators may find it at all
 * @param date       when it was published or asked (newer first among equal matches)
 */
public record Searchable(String section, long id, String title, String text, String hiddenText,
                         boolean hidden, LocalDateTime date) {

    /** The key that names the item in the index and in the change log. */
    public ItemKey key() {
        return new ItemKey(section, id);
    }
}
