-- As reverse.sql, at most :maxDepth steps from a root.
with recursive reached (lot_id, depth) as (
    select root.id, 0 from unnest(cast(:roots as bigint array)) as root (id)
    union
    select e.parent_lot_id, r.depth + 1
      from reached r
      join genealogy_edges e on e.child_lot_id = r.lot_id
     where r.depth < :maxDepth
)
select distinct lot_id from reached
