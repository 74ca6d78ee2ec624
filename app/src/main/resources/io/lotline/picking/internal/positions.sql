-- Stock at the places given (lot, location, and pallet or 0 for loose stock) with what the allocator weighs and may
-- change without a booking: the lot's status (and the recall holding it) and expiry date as corrected; whether the place is pickable; the
-- pallet's code; and how much the picks of all orders hold there now. What lies at each place the caller read with the
-- places, and each lot's number and arrival it keeps in memory (LotArrivals). The places drive the query and each is
-- looked up by its key, so the cost follows the number of places, not the size of the tables. What picks hold is
-- summed once for all the places' lots, probed by lot: asked per place, or joined to the list of lots, a picks table
-- analyzed while it was nearly empty was scanned whole for every place or every allocation.
select k.lot_id, s.status, s.held_by_recall, s.expiry_date, k.location_id, loc.code as location, loc.pickable, k.container_id,
       case when k.container_id = 0 then null
            else (select c.code from containers c where c.id = k.container_id) end as pallet,
       coalesce(r.reserved, 0) as reserved
  from unnest(cast(:lots as bigint array), cast(:locations as bigint array), cast(:containers as bigint array))
       as k (lot_id, location_id, container_id)
  join lot_states s on s.lot_id = k.lot_id
  join locations loc on loc.id = k.location_id
  left join (select p.lot_id, p.location_id, p.container_id, sum(p.reserved) as reserved
               from picks p
              where p.lot_id = any(cast(:lots as bigint array)) and p.reserved > 0
              group by p.lot_id, p.location_id, p.container_id) r
         on r.lot_id = k.lot_id and r.location_id = k.location_id and r.container_id = k.container_id
