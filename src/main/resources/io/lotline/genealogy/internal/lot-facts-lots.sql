-- The lots, with what a quality manager needs to recognise them, the base unit their stock is counted in and the
-- supplier's lot number as received. Read by runs of ids (LotRanges): one index range scan per run, not a descent per
-- lot; lots in the gaps of a run come back too.
select l.id, l.lot_number, i.sku, i.base_unit as unit, i.description, s.status, l.origin, s.production_date,
       s.expiry_date, s.supplier_lot, l.supplier_lot as received_supplier_lot
  from unnest(cast(:firsts as bigint array), cast(:lasts as bigint array)) as r (first_id, last_id)
  join lots l on l.id between r.first_id and r.last_id
  join lot_states s on s.lot_id = l.id and s.lot_id between r.first_id and r.last_id
  join items i on i.id = l.item_id
