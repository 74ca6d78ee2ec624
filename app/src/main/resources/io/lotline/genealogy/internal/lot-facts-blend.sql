-- For lots into which inputs were poured (a silo's running lot), every entry that put some of the lot somewhere or
-- took some away, in its base unit and in business time, to follow what the lot is made of over time. A transfer
-- from one place to another changes nothing and is left out.
select e.lot_id, e.id, e.occurred_at,
       case when e.to_location_id is not null then e.base_quantity else 0 end as inflow,
       case when e.from_location_id is not null then e.base_quantity else 0 end as outflow
  from unnest(cast(:ids as bigint array)) as v (id)
  join ledger_entries e on e.lot_id = v.id
 where e.base_quantity <> 0
   and (e.entry_type <> 'TRANSFER' or e.from_location_id is null or e.to_location_id is null)
 order by e.lot_id, e.occurred_at, e.id
