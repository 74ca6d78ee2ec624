-- What each lot has on hand now, everywhere.
select b.lot_id, sum(b.quantity) as on_hand
  from unnest(cast(:ids as bigint array)) as v (id)
  join stock_balances b on b.lot_id = v.id
 group by b.lot_id
