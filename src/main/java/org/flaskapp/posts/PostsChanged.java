package org.flaskapp.posts;

import org.flaskapp.platform.cache.ContentChanged;

/**
 * Fired by {@link PostService} for every write to the posts' tables (a post published, edited or
 * deleted; a category added, renamed or deleted); observers may wait for the commit.
 */
public record PostsChanged(String what) implements ContentChanged {
}
