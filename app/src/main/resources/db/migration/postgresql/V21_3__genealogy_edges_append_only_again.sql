-- Puts the append-only trigger back after V21_2.
alter table genealogy_edges enable trigger genealogy_edges_append_only;

-- The reverse walk asks, per lot reached, for the latest time an input was poured into it before a draw; few edges
-- carry such a time, so the index holds only them.
create index genealogy_edges_entered on genealogy_edges (child_lot_id, entered_at) where entered_at is not null;
