package org.flaskapp.search;

import java.time.LocalDateTime;

/**
 * One result: the item, the title to link, a snippet of its text as HTML in which everything is
 * escaped but the {@code <mark>} around the words found, its date, and whether it (or the answer
 * it was found in) is hidden from everyone but administrators.
 */
public record SearchHit(ItemKey key, String title, String snippetHtml, LocalDateTime date,
                        boolean hidden, boolean foundInHiddenText) {
}
