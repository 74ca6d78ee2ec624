-- The mass balance of a recall's scope sums every entry of tens of thousands of lots by lot and kind of entry. This
-- index holds every column that sum reads, so it is answered from the index alone. It begins with the columns of
-- ledger_entries_lot_type, which it replaces.
create index ledger_entries_lot_flows
    on ledger_entries (lot_id, entry_type, base_quantity, from_location_id, to_location_id);
drop index if exists ledger_entries_lot_type;
