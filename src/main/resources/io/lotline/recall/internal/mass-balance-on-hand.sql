-- What each lot has on hand now, everywhere: read lot by lot through the balances' key, whatever the size of the
-- table; null where the lot has no stock row.
select v.id, (select sum(b.quantity) from stock_balances b where b.lot_id = v.id) as on_hand
  from unnest(cast(:ids as bigint array)) as v (id)
