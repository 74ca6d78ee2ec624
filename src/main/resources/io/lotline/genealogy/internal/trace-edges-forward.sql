-- Edges leaving the lots of a forward trace.
select e.* from unnest(cast(:ids as bigint array)) as v (id)
  join genealogy_edges e on e.parent_lot_id = v.id
