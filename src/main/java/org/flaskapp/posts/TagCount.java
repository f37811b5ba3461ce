package org.flaskapp.posts;

/** A tag and the number of posts that have it. */
public record TagCount(String name, long posts) {
}
