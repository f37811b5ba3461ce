package org.flaskapp.posts;

import org.flaskapp.platform.cache.ContentChanged;

/** Fired by {@link PostService} when a post is stored; observers may wait for the commit. */
public record PostPublished(Post post) implements ContentChanged {
}
