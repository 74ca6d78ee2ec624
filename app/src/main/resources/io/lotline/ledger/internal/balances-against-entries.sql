-- Every balance row recomputed from the ledger: for each lot, location and pallet (0 for loose stock), what entries
-- put there minus what entries took from there ("expected"), against what stock_balances holds ("found"). Only the
-- places where the two differ are listed, a missing or an extra row included.
select l.lot_number, i.base_unit, loc.code as location, c.code as pallet, d.expected, d.found
  from (select lot_id, location_id, container_id, sum(expected) as expected, sum(found) as found
          from (select lot_id, to_location_id as location_id, coalesce(to_container_id, 0) as container_id,
                       base_quantity as expected, cast(0 as numeric(19, 6)) as found
                  from ledger_entries
                 where to_location_id is not null
                union all
                select lot_id, from_location_id, coalesce(from_container_id, 0), -base_quantity,
                       cast(0 as numeric(19, 6))
                  from ledger_entries
                 where from_location_id is not null
                union all
                select lot_id, location_id, container_id, cast(0 as numeric(19, 6)), quantity
                  from stock_balances) as movements
         group by lot_id, location_id, container_id
        having sum(expected) <> sum(found)) as d
  join lots l on l.id = d.lot_id
  join items i on i.id = l.item_id
  left join locations loc on loc.id = d.location_id
  left join containers c on c.id = d.container_id
 order by l.lot_number, loc.code, c.code
