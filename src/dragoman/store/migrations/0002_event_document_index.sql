-- Version 2: events are found by their document (a rerun replaces a changed document's
-- events; a server store deletes them by doc_id) without scanning the whole table.
CREATE INDEX IF NOT EXISTS events_doc_id ON events (doc_id);
