package org.flaskapp.posts;

/** Fired by {@link PostService} when a post is stored; observers may wait for the commit. */
public record PostPublished(long postId) {
}
