-- The posts' sitemaps (posts/PostSitemaps) read each post's id and times, 50,000 posts at a time
-- by id. With the times in an index, that read is the index alone, never the rows with their
-- content: measured at 1,000,000 posts on Derby, a sitemap took 0.16 to 0.66 s without it and
-- 0.10 to 0.23 s with it (src/bench/README.md). Built in about 4 s at 1,000,000 posts.

CREATE INDEX post_by_id_with_times ON post (id, published_at, updated_at);
