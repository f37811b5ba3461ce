package org.flaskapp.posts;

import java.util.Arrays;

/**
 * The orders in which the posts page lists posts; each has the name it goes by in the address,
 * and the JPQL that reads a page of it from any post on (see {@link OrderedPosts}): each order
 * has an index in each direction, so that every page is an index seek.
 */
public enum PostOrder {

    NEWEST("newest", "p.id DESC", "p.id ASC", "p.id < :id", "p.id > :id"),
    OLDEST("oldest", "p.id ASC", "p.id DESC", "p.id > :id", "p.id < :id"),
    // The first half of each condition (title >= ...) is what lets the database start its index
    // scan at the boundary; the second half breaks ties between posts of the same title.
    TITLE("title", "p.title ASC, p.id ASC", "p.title DESC, p.id DESC",
            "p.title >= :title AND (p.title > :title OR p.id > :id)",
            "p.title <= :title AND (p.title < :title OR p.id < :id)");

    private final String parameter;
    private final String forward;
    private final String backward;
    private final String following;
    private final String preceding;

    PostOrder(String parameter, String forward, String backward, String following, String preceding) {
        this.parameter = parameter;
        this.forward = forward;
        this.backward = backward;
        this.following = following;
        this.preceding = preceding;
    }

    /** The value of {@code ?sort=} that asks for this order. */
    public String parameter() {
        return parameter;
    }

    /** ORDER BY of the list. */
    String forward() {
        return forward;
    }

    /** ORDER BY of the list read from its end. */
    String backward() {
        return backward;
    }

    /** The posts after the post {@code :id} (whose title is {@code :title}). */
    String following() {
        return following;
    }

    /** The posts before the post {@code :id} (whose title is {@code :title}). */
    String preceding() {
        return preceding;
    }

    /** Whether a boundary needs the boundary post's title, not only its id. */
    boolean needsTitle() {
        return this == TITLE;
    }

    /** The order named by {@code ?sort=}; newest first when it names none. */
    public static PostOrder named(String parameter) {
        return Arrays.stream(values()).filter(order -> order.parameter.equals(parameter))
                .findFirst().orElse(NEWEST);
    }
}
