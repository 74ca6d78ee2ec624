-- Where the lots lie now (by runs of ids, as lot-facts-lots.sql), in the base unit of the lot's item.
select b.lot_id, loc.code as location, c.code as pallet, b.quantity
  from unnest(cast(:firsts as bigint array), cast(:lasts as bigint array)) as r (first_id, last_id)
  join stock_balances b on b.lot_id between r.first_id and r.last_id and b.quantity > 0
  join locations loc on loc.id = b.location_id
  left join containers c on c.id = b.container_id
 order by b.lot_id, loc.code, c.code
