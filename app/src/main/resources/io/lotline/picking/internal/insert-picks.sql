-- The picks of one allocation in one statement (PostgreSQL), one array per column, instead of a batch of one insert
-- per pick. Stored and answered in the order given: the ids come back in that order.
insert into picks (order_id, line_no, item_id, lot_id, location_id, container_id, allocated, picked, status, reason,
                   substitutes_pick_id, allocated_at, allocated_by, scan, confirmed_at, confirmed_by)
select p.order_id, p.line_no, p.item_id, p.lot_id, p.location_id, p.container_id, p.allocated, p.picked, p.status,
       p.reason, p.substitutes, cast(:now as timestamp with time zone), cast(:actor as varchar(60)), p.scan,
       case when p.picked is not null then cast(:now as timestamp with time zone) end,
       case when p.picked is not null then cast(:actor as varchar(60)) end
  from unnest(cast(:orders as bigint array), cast(:lines as integer array), cast(:items as bigint array),
              cast(:lots as bigint array), cast(:locations as bigint array), cast(:containers as bigint array),
              cast(:allocated as numeric array), cast(:picked as numeric array), cast(:statuses as varchar array),
              cast(:reasons as varchar array), cast(:substitutes as bigint array), cast(:scans as varchar array))
       with ordinality
       as p (order_id, line_no, item_id, lot_id, location_id, container_id, allocated, picked, status, reason,
             substitutes, scan, n)
 order by p.n
returning id
