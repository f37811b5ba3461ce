-- The search index of each server is a copy fed from the database (search/SearchFeed). Every
-- write that changes what a post or question can be found by records it here, in its own
-- transaction, under the content version it set: each server reads the rows after the version
-- its index has, so a server that was down catches up, and every server sees every write. Rows
-- older than a week are deleted (SearchLog.prune).

CREATE TABLE search_change (
    version    BIGINT NOT NULL,
    section    VARCHAR(20) NOT NULL,
    item_id    BIGINT NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (version, section, item_id)
);

CREATE INDEX search_change_by_age ON search_change (changed_at);

-- One row: which database this is (an index built from another one, such as a database made
-- again, is built again rather than trusted), and through which version the log was deleted (a
-- server whose index is older than that builds it again).

CREATE TABLE search_log_state (
    id                  INT NOT NULL PRIMARY KEY,
    database_created_at TIMESTAMP NOT NULL,
    pruned_through      BIGINT NOT NULL
);

INSERT INTO search_log_state (id, database_created_at, pruned_through) VALUES (1, CURRENT_TIMESTAMP, 0);
