-- For each lot and kind of entry, in the lot's base unit: how much the entries put somewhere (inflow) and took away (outflow). An entry of
-- nothing (a count that confirmed the books) and a transfer from one place to another add nothing, or the same to
-- both sides, and are left out. Every column read is in the index ledger_entries_lot_flows, so the entries themselves
-- are not visited.
select e.lot_id, e.entry_type,
       sum(case when e.to_location_id is not null then e.base_quantity else 0 end) as inflow,
       sum(case when e.from_location_id is not null then e.base_quantity else 0 end) as outflow
  from unnest(cast(:ids as bigint array)) as v (id)
  join ledger_entries e on e.lot_id = v.id
 where e.base_quantity <> 0
   and (e.entry_type <> 'TRANSFER' or e.from_location_id is null or e.to_location_id is null)
 group by e.lot_id, e.entry_type
