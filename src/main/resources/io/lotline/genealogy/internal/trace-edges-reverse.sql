-- Edges entering the lots of a reverse trace.
select e.* from unnest(cast(:ids as bigint array)) as v (id)
  join genealogy_edges e on e.child_lot_id = v.id
