-- Where the lots lie now, in the base unit of the lot's item.
select b.lot_id, loc.code as location, c.code as pallet, b.quantity
  from unnest(cast(:ids as bigint array)) as v (id)
  join stock_balances b on b.lot_id = v.id and b.quantity > 0
  join locations loc on loc.id = b.location_id
  left join containers c on c.id = b.container_id
 order by b.lot_id, loc.code, c.code
