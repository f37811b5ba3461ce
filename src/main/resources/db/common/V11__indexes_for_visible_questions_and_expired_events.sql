-- Two reads that every question sent through the form made, and that grew with the tables:
--
-- The questions list that visitors see leaves hidden questions out (WHERE hidden = false). With
-- only V1's index on id, Derby read and sorted every question for each page: 32,768 questions
-- sorted to show 10. With hidden first, each page is an index seek in either direction.
--
-- The per-client limits delete their expired events as new ones come (WHERE kind = ? AND
-- happened_at <= ?). V7's indexes lead with the client or with the time alone, and Derby scanned
-- every event of the kind, locking each row: with the repeat limit's 10 minutes of questions in
-- the table, that was most of a question's cost. By kind and time, it reads only expired events.

CREATE INDEX question_visible_newest_first ON question (hidden, id DESC);
CREATE INDEX question_visible_oldest_first ON question (hidden, id);
CREATE INDEX client_event_by_kind_and_age ON client_event (kind, happened_at);
