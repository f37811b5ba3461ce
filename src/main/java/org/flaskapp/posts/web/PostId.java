package org.flaskapp.posts.web;

import java.util.Optional;

/** A post's id as it comes in an address: digits, else nothing. */
final class PostId {

    private PostId() {
    }

    static Optional<Long> parse(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }
}
