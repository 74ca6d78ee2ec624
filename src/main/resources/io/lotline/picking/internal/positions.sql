-- Stock of lots at places with what the allocator weighs: the status and expiry date as corrected; when the lot came
-- in (its first receipt or output entry, else when it was registered); whether the place is pickable; and how much
-- the picks of all orders hold of it. The caller adds the WHERE clause.
select b.lot_id, l.lot_number, s.status, s.expiry_date,
       coalesce((select min(e.occurred_at) from ledger_entries e
                  where e.lot_id = b.lot_id and e.entry_type in ('RECEIPT', 'OUTPUT')), l.created_at) as received_at,
       b.location_id, loc.code as location, loc.pickable, b.container_id, c.code as pallet, i.base_unit,
       b.quantity as on_hand,
       coalesce((select sum(p.reserved) from picks p
                  where p.lot_id = b.lot_id and p.location_id = b.location_id
                    and p.container_id = b.container_id), 0) as reserved
  from stock_balances b
  join lots l on l.id = b.lot_id
  join lot_states s on s.lot_id = b.lot_id
  join items i on i.id = b.item_id
  join locations loc on loc.id = b.location_id
  left join containers c on c.id = b.container_id
