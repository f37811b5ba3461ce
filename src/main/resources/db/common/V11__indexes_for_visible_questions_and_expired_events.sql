-- Two reads that every question sent through the form made, and that grew with the tables:
--
-- The questions list that visitors see leaves hidden questions out (WHERE hidden = false). With
-- only V1's index on id, Derby read and sorted every question for each page: 32,768 questions
-- sorted to show 10. With hidden first, each page is an index seek in either direction.
--
-- The per-client limits delete their expired events as new ones come (WHERE kind = ? AND
-- happened_at <= ?). V7's indexes lead with the client or with the time alone; in a running
-- server under the question form's load, Derby's delete read and locked every event of the kind
-- (61 % of the processor in a profile, the repeat limit's 10 minutes of questions in the table),
-- and the form's rate fell as the table grew: 144 -> 101 questions/s on Payara. With this index
-- it held at 410-580. (A fresh database in DatabaseMigrationsTest plans the delete well without
-- it: the plan Derby chose in the server could not be made again there.)

CREATE INDEX question_visible_newest_first ON question (hidden, id DESC);
CREATE INDEX question_visible_oldest_first ON question (hidden, id);
CREATE INDEX client_event_by_kind_and_age ON client_event (kind, happened_at);
