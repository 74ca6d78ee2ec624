-- Every lot the roots were made from, directly or through any number of steps; each lot once.
with recursive reached (lot_id) as (
    select root.id from unnest(cast(:roots as bigint array)) as root (id)
    union
    select e.parent_lot_id
      from reached r
      join genealogy_edges e on e.child_lot_id = r.lot_id
)
select lot_id from reached
