-- Balance rows that differ from the ledger: for every lot, location and pallet (0 for loose stock), what entries put
-- there minus what entries took from there, minus what stock_balances holds. Zero rows when the balances are exactly
-- the sum of the entries.
select count(*) from (
    select lot_id, location_id, container_id
      from (select lot_id, to_location_id as location_id, coalesce(to_container_id, 0) as container_id,
                   base_quantity as quantity
              from ledger_entries
             where to_location_id is not null
            union all
            select lot_id, from_location_id, coalesce(from_container_id, 0), -base_quantity
              from ledger_entries
             where from_location_id is not null
            union all
            select lot_id, location_id, container_id, -quantity
              from stock_balances) as movements
     group by lot_id, location_id, container_id
    having sum(quantity) <> 0) as differences
