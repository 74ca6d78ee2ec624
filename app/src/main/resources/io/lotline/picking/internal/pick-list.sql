-- The picks of an order with what the handheld shows of each; Picks puts them in walking order.
select p.id, p.line_no, i.sku, i.base_unit, loc.code as location, c.code as pallet, l.lot_number, s.expiry_date,
       p.allocated, p.picked, p.status, p.reason, p.substitutes_pick_id, p.scan, p.confirmed_by, p.confirmed_at
  from picks p
  join items i on i.id = p.item_id
  join lots l on l.id = p.lot_id
  join lot_states s on s.lot_id = p.lot_id
  join locations loc on loc.id = p.location_id
  left join containers c on c.id = p.container_id
 where p.order_id = ?
