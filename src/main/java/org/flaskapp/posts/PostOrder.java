package org.flaskapp.posts;

import java.util.Arrays;

/** The orders in which the posts page lists posts; each has the name it goes by in the address. */
public enum PostOrder {

    NEWEST("newest", "p.id DESC"),
    OLDEST("oldest", "p.id ASC"),
    TITLE("title", "p.title ASC, p.id ASC");

    private final String parameter;
    private final String jpql;

    PostOrder(String parameter, String jpql) {
        this.parameter = parameter;
        this.jpql = jpql;
    }

    /** The value of {@code ?sort=} that asks for this order. */
    public String parameter() {
        return parameter;
    }

    String jpql() {
        return jpql;
    }

    /** The order named by {@code ?sort=}; newest first when it names none. */
    public static PostOrder named(String parameter) {
        return Arrays.stream(values()).filter(order -> order.parameter.equals(parameter))
                .findFirst().orElse(NEWEST);
    }
}
