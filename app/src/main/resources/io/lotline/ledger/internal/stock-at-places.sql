-- Stock at the places given (lot, location, and pallet or 0 for loose stock) with what whoever reserves weighs and
-- may change without a booking of the item: the lot's status (and the recall holding it) and expiry date as
-- corrected; whether the place is pickable; the pallet's code; and how much customer orders hold there now. What lies
-- at each place the caller read with the places. The places drive the query and each is looked up by its key, so the
-- cost follows the number of places, not the size of the tables. What is reserved is summed once for all the places'
-- lots, probed by lot.
select k.lot_id, s.status, s.held_by_recall, s.expiry_date, k.location_id, loc.code as location, loc.pickable, k.container_id,
       case when k.container_id = 0 then null
            else (select c.code from containers c where c.id = k.container_id) end as pallet,
       coalesce(r.reserved, 0) as reserved
  from unnest(cast(:lots as bigint array), cast(:locations as bigint array), cast(:containers as bigint array))
       as k (lot_id, location_id, container_id)
  join lot_states s on s.lot_id = k.lot_id
  join locations loc on loc.id = k.location_id
  left join (select r.lot_id, r.location_id, r.container_id, sum(r.quantity) as reserved
               from stock_reservations r
              where r.lot_id = any(cast(:lots as bigint array))
              group by r.lot_id, r.location_id, r.container_id) r
         on r.lot_id = k.lot_id and r.location_id = k.location_id and r.container_id = k.container_id
