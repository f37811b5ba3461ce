package org.flaskapp.posts;

import org.flaskapp.shared.ContentChanged;

/** Fired by {@link PostService} when a post is stored; observers may wait for the commit. */
public record PostPublished(Post post) implements ContentChanged {
}
