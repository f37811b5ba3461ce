-- What the per-client limits count (failed sign-ins, a text sent again), one row per event, so
-- that every server of a site counts the same (platform/client/ClientEvents). Rows older than the
-- longest window are deleted as new ones come.

CREATE TABLE client_event (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        VARCHAR(20) NOT NULL,
    client_key  VARCHAR(120) NOT NULL,
    happened_at TIMESTAMP NOT NULL
);

CREATE INDEX client_event_by_client ON client_event (kind, client_key, happened_at);
CREATE INDEX client_event_by_age ON client_event (happened_at);
