-- Where the lots lie now.
select b.lot_id, l.lot_number, i.sku, loc.code as location, c.code as pallet, b.quantity, i.base_unit as unit
  from unnest(cast(:ids as bigint array)) as v (id)
  join stock_balances b on b.lot_id = v.id and b.quantity > 0
  join lots l on l.id = b.lot_id
  join items i on i.id = b.item_id
  join locations loc on loc.id = b.location_id
  left join containers c on c.id = b.container_id
 order by b.lot_id, loc.code, c.code
