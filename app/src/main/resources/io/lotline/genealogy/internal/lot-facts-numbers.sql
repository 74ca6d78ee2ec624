-- The lot numbers of lots: the parents of edges that were not read with them.
select l.id, l.lot_number
  from unnest(cast(:ids as bigint array)) as v (id)
  join lots l on l.id = v.id
