package org.flaskapp.posts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flaskapp.platform.feeds.AtomEntry;
import org.flaskapp.platform.feeds.AtomFeed;
import org.flaskapp.platform.feeds.FeedSource;
import org.flaskapp.platform.paging.Page;
import org.flaskapp.platform.paging.PagePosition;
import org.flaskapp.platform.text.Markdown;
import org.flaskapp.posts.Post;
import org.flaskapp.posts.PostOrder;
import org.flaskapp.posts.PostService;
import org.flaskapp.posts.Tag;

/**
 * The posts' feeds: {@code /posts/feed.atom}, and one per category and per tag in its folder; the
 * newest posts, whole.
 */
@ApplicationScoped
public class PostFeeds implements FeedSource {

    static final int ENTRIES = 20;
    private static final String ALL = "/posts/feed.atom";
    private static final Pattern CATEGORY = Pattern.compile("/posts/categories/([a-z0-9][a-z0-9-]{0,59})/feed\\.atom");
    private static final Pattern TAG = Pattern.compile("/posts/tags/(" + Tag.NAME_PATTERN + ")/feed\\.atom");

    @Inject
    private PostService posts;

    @Override
    public Optional<AtomFeed> feed(String path) {
        PagePosition newest = PagePosition.first(ENTRIES);
        if (path.equals(ALL)) {
            return Optional.of(feedOf("Posts", "/posts/", posts.list(PostOrder.NEWEST, newest)));
        }
        Matcher category = CATEGORY.matcher(path);
        if (category.matches()) {
            return posts.category(category.group(1)).map(found -> feedOf("Posts in " + found.getName(),
                    "/posts/categories/" + found.getSlug() + "/", posts.inCategory(found, newest)));
        }
        Matcher tag = TAG.matcher(path);
        if (tag.matches()) {
            return posts.tag(tag.group(1)).map(found -> feedOf("Posts tagged " + found.getName(),
                    "/posts/tags/" + found.getName() + "/", posts.taggedWith(found, newest)));
        }
        return Optional.empty();
    }

    private static AtomFeed feedOf(String title, String pagePath, Page<Post> newest) {
        return new AtomFeed(title, pagePath, Instant.EPOCH, newest.items().stream().map(PostFeeds::entryOf).toList());
    }

    static AtomEntry entryOf(Post post) {
        Instant published = utc(post.getPublishedAt());
        List<AtomEntry.Category> terms = new ArrayList<>();
        terms.add(new AtomEntry.Category(post.getCategory().getSlug(), post.getCategory().getName(), "/posts/categories/"));
        for (Tag tag : post.getTags()) {
            terms.add(new AtomEntry.Category(tag.getName(), tag.getName(), "/posts/tags/"));
        }
        return new AtomEntry(AtomEntry.idOf("post", post.getId(), published), post.getTitle(),
                "/posts/" + post.getId() + "/", published,
                post.getUpdatedAt() == null ? published : utc(post.getUpdatedAt()),
                post.getAuthor(), terms, Markdown.toHtml(post.getContent()));
    }

    private static Instant utc(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }
}
