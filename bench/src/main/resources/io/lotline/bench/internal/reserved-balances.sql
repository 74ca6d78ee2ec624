-- The balance rows that orders hold reservations on, and how many of them are reserved beyond what lies there: none,
-- if no stock was ever allocated twice. Over the whole table, not only the benchmark's rows.
select count(*) as reserved_rows,
       coalesce(sum(case when r.reserved > r.quantity then 1 else 0 end), 0) as over_reserved
  from (select b.quantity, sum(s.quantity) as reserved
          from stock_balances b
          join stock_reservations s on s.lot_id = b.lot_id and s.location_id = b.location_id
                                   and s.container_id = b.container_id
         group by b.lot_id, b.location_id, b.container_id, b.quantity) r
