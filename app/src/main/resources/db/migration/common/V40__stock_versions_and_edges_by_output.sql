-- Several instances on one database (ADR 36). An item's turn row carries its stock version: a transaction that changed
-- the item's picks or stock while holding the turn moves it, and allocation uses what it keeps in memory of the item
-- only while the row still shows the version it was kept at.
alter table allocation_turns add column stock_version bigint default 0 not null;

-- An instance adds to its genealogy index the edges of entries that other instances committed, found by the entries.
create index genealogy_edges_output on genealogy_edges (output_entry_id);
