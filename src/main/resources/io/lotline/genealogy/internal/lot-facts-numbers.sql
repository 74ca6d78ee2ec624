-- The lot numbers of lots (by runs of ids, as lot-facts-lots.sql): the parents of edges that were not read with them.
select l.id, l.lot_number
  from unnest(cast(:firsts as bigint array), cast(:lasts as bigint array)) as r (first_id, last_id)
  join lots l on l.id between r.first_id and r.last_id
