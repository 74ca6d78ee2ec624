-- As forward.sql, at most :maxDepth steps from a root. A lot may be carried at several depths, never beyond the limit.
with recursive reached (lot_id, entered, depth) as (
    select root.id, cast(null as timestamp with time zone), 0 from unnest(cast(:roots as bigint array)) as root (id)
    union
    select e.child_lot_id, e.entered_at, r.depth + 1
      from reached r
      join genealogy_edges e on e.parent_lot_id = r.lot_id
     where r.depth < :maxDepth
       and (r.entered is null or e.drawn_at is null or r.entered <= e.drawn_at)
       and e.id not in (select w.edge_id from genealogy_withdrawn_edges w)
)
select distinct lot_id from reached
