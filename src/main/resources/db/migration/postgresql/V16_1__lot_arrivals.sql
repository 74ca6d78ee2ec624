-- Allocation ranks lots by when they came in: their first receipt or production output. Of a lot's entries this index
-- holds only those, ordered by time, so the first is one index probe read from the index alone instead of a probe
-- into every receipt and output of the lot and a fetch of each from the table.
create index ledger_entries_arrivals on ledger_entries (lot_id, occurred_at) where entry_type in ('RECEIPT', 'OUTPUT');
