-- For each lot and kind of entry: how much the entries put somewhere (inflow) and took away (outflow).
select e.lot_id, l.lot_number, i.sku, i.base_unit, e.entry_type,
       sum(case when e.to_location_id is not null then e.base_quantity else 0 end) as inflow,
       sum(case when e.from_location_id is not null then e.base_quantity else 0 end) as outflow
  from unnest(cast(:ids as bigint array)) as v (id)
  join ledger_entries e on e.lot_id = v.id and e.base_quantity is not null
  join lots l on l.id = e.lot_id
  join items i on i.id = e.item_id
 group by e.lot_id, l.lot_number, i.sku, i.base_unit, e.entry_type
