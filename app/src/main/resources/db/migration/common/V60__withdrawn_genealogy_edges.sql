-- A genealogy edge whose consumption (ISSUE) or output (OUTPUT) entry was reversed no longer links its lots (ADR 65).
-- The edges stay as written; the withdrawal is a fact of its own, written in the transaction that books the reversal,
-- naming the correction entry. Traces leave out every edge that has a row here.
create table genealogy_withdrawn_edges (
    edge_id           bigint primary key references genealogy_edges (id),
    reversal_entry_id bigint not null references ledger_entries (id),
    withdrawn_at      timestamp with time zone not null
);
-- Another instance finds the edges withdrawn by the entries it has not followed yet.
create index genealogy_withdrawn_edges_reversal on genealogy_withdrawn_edges (reversal_entry_id);

-- A declaration in error undoes the ledger commands the declared event booked, found by the event's row.
create index epcis_event_commands_event on epcis_event_commands (event_row);
