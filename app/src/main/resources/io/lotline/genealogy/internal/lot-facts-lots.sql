-- The lots, with what a quality manager needs to recognise them, the base unit their stock is counted in and the
-- supplier's lot number as received. The other facts statements take the lot's number, item and unit from here.
select l.id, l.lot_number, i.sku, i.base_unit as unit, i.description, s.status, l.origin, s.production_date,
       s.expiry_date, s.supplier_lot, l.supplier_lot as received_supplier_lot
  from unnest(cast(:ids as bigint array)) as v (id)
  join lots l on l.id = v.id
  join lot_states s on s.lot_id = l.id
  join items i on i.id = l.item_id
