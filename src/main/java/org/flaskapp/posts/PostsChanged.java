package org.flaskapp.posts;

import java.util.Collection;
import java.util.List;
import org.flaskapp.platform.cache.ContentChanged;
import org.flaskapp.search.ItemKey;
import org.flaskapp.search.SearchableChange;

/**
 * Fired by {@link PostService} for every write to the posts' tables (a post published, edited or
 * deleted; a category added, renamed or deleted), naming the posts whose searchable text it
 * changed; observers may wait for the commit.
 */
public record PostsChanged(String what, List<Long> posts) implements ContentChanged, SearchableChange {

    public PostsChanged {
        posts = List.copyOf(posts);
    }

    public PostsChanged(String what, long post) {
        this(what, List.of(post));
    }

    @Override
    public Collection<ItemKey> searchableItems() {
        return posts.stream().map(id -> new ItemKey(PostSearch.SECTION, id)).toList();
    }
}
