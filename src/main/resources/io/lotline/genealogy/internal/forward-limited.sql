-- As forward.sql, at most :maxDepth steps from a root. A lot may be carried at several depths, never beyond the limit.
with recursive reached (lot_id, depth) as (
    select root.id, 0 from unnest(cast(:roots as bigint array)) as root (id)
    union
    select e.child_lot_id, r.depth + 1
      from reached r
      join genealogy_edges e on e.parent_lot_id = r.lot_id
     where r.depth < :maxDepth
)
select distinct lot_id from reached
