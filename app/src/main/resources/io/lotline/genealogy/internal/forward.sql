-- Every lot made, directly or through any number of steps, from the roots, in business time (ADR 16). An edge out of
-- a lot is followed only if it was drawn at or after the time the traced material entered the lot (entered is null
-- when the material is part of the whole lot; a draw of unknown time counts as after everything). UNION removes
-- duplicate (lot, time) rows, so a lot is expanded once per time it is reached with: once, unless inputs were
-- poured into it. An edge withdrawn because its consumption or output was reversed is not followed (ADR 65).
with recursive reached (lot_id, entered) as (
    select root.id, cast(null as timestamp with time zone) from unnest(cast(:roots as bigint array)) as root (id)
    union
    select e.child_lot_id, e.entered_at
      from reached r
      join genealogy_edges e on e.parent_lot_id = r.lot_id
     where (r.entered is null or e.drawn_at is null or r.entered <= e.drawn_at)
       and e.id not in (select w.edge_id from genealogy_withdrawn_edges w)
)
select distinct lot_id from reached
