package org.flaskapp.posts;

/** A category and how many posts it holds. */
public record CategoryCount(Category category, long posts) {
}
