-- Lists are paged by position (?after=K, ?before=K): every page is an index seek. The indexes of
-- V1 and V3 serve each list read forwards; these serve the same lists read backwards, towards
-- newer posts (the "Newer posts" link), so that this too reads only the rows it shows.

CREATE INDEX post_by_title_backwards ON post (title DESC, id DESC);
CREATE INDEX post_category_oldest_first ON post (category_id, id);
CREATE INDEX post_tag_oldest_first ON post_tag (tag_id, post_id);
