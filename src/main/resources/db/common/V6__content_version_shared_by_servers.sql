-- One count of content changes that every server of a site reads (README, "Scale out"): each
-- write adds one in its own transaction, and a server that sees the count move forgets the pages
-- and data it keeps in memory. One row, always id 1.

CREATE TABLE content_version (
    id      INT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL
);

INSERT INTO content_version (id, version) VALUES (1, 0);
