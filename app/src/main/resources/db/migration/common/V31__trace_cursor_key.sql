-- The secret with which page cursors of traces are signed (HMAC-SHA256), so that every application instance on this
-- database accepts the cursors of every other. Written once by the first instance that needs it (one row, id 1),
-- unless lotline.traces.cursor-key is configured.
create table trace_cursor_key (
    id     integer     not null primary key,
    secret varchar(64) not null,
    constraint trace_cursor_key_single check (id = 1)
);
