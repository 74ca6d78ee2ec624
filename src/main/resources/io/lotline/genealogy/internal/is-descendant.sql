-- Is :lot reachable forward from :ancestor? Walks from the ancestor, each lot once, and stops counting at a match.
with recursive reached (lot_id) as (
    select cast(:ancestor as bigint)
    union
    select e.child_lot_id
      from reached r
      join genealogy_edges e on e.parent_lot_id = r.lot_id
)
select count(*) from reached where lot_id = :lot
