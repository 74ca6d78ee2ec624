-- Lots with stock on hand whose expiry date lies before today and that are still released, in quarantine or on hold.
select l.lot_number as lot_number,
       s.status     as status,
       s.expiry_date as expiry_date
  from lots l
  join lot_states s on s.lot_id = l.id
 where s.expiry_date < :today
   and s.status in ('RELEASED', 'QUARANTINE', 'ON_HOLD')
   and exists (select 1 from stock_balances b where b.lot_id = l.id and b.quantity > 0)
 order by s.expiry_date, l.lot_number
