-- Lots of one shape that lie loose (not on a pallet) at a location with at least two units, each with another
-- location of the same warehouse to move a unit to and back: what the busy floor's writers book on.
select l.lot_number, here.code as here, there.code as there, i.base_unit
  from stock_balances b
  join lots l on l.id = b.lot_id
  join items i on i.id = b.item_id
  join locations here on here.id = b.location_id
  join locations there on there.id = (select min(o.id) from locations o
                                       where o.warehouse_id = here.warehouse_id and o.id <> here.id
                                         and not o.quarantine)
 where l.lot_number like :lots and b.container_id = 0 and b.quantity >= 2 and not here.quarantine
 order by l.lot_number
 limit :limit
