-- The balance rows that picks hold reservations on, and how many of them are reserved beyond what lies there: none,
-- if no stock was ever allocated twice. Over the whole table, not only the benchmark's rows.
select count(*) as reserved_rows,
       coalesce(sum(case when r.reserved > r.quantity then 1 else 0 end), 0) as over_reserved
  from (select b.quantity, sum(p.reserved) as reserved
          from stock_balances b
          join picks p on p.lot_id = b.lot_id and p.location_id = b.location_id and p.container_id = b.container_id
         group by b.lot_id, b.location_id, b.container_id, b.quantity
        having sum(p.reserved) > 0) r
