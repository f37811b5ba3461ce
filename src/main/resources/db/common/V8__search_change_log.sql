-- The search index of each server is a copy fed from the database (search/SearchFeed). Every
-- write that changes what a post or question can be found by records it here, in its own
-- transaction, under the content version it set: each server reads the rows after the version
-- its index has, so a server that was down catches up, and every server sees every write.

CREATE TABLE search_change (
    version BIGINT NOT NULL,
    section VARCHAR(20) NOT NULL,
    item_id BIGINT NOT NULL,
    PRIMARY KEY (version, section, item_id)
);

-- Which database this is: an index built from another one (a server pointed at a new database,
-- a database made again) is built again rather than trusted.

CREATE TABLE database_origin (
    id         INT NOT NULL PRIMARY KEY,
    created_at TIMESTAMP NOT NULL
);

INSERT INTO database_origin (id, created_at) VALUES (1, CURRENT_TIMESTAMP);
