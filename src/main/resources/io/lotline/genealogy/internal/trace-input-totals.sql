-- For each output lot, the total of all its inputs and in how many units they were counted.
select e.child_lot_id, sum(e.quantity) as total, count(distinct e.unit) as units
  from unnest(cast(:ids as bigint array)) as v (id)
  join genealogy_edges e on e.child_lot_id = v.id
 group by e.child_lot_id
