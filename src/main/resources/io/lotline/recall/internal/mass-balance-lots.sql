-- The lots named, each with the code and base unit of its item.
select l.id, l.lot_number, i.sku, i.base_unit
  from unnest(cast(:lots as varchar array)) as v (lot_number)
  join lots l on l.lot_number = v.lot_number
  join items i on i.id = l.item_id
