-- Every lot the roots were made from, directly or through any number of steps, in business time (ADR 16). A lot is
-- carried with the latest entry time of an input poured into it that is still in what was drawn from it (admits; null
-- when none was, or none was ever poured in), and an edge into it is followed if the input is part of the whole lot
-- or entered by then. A root admits every input. Rounding the draw's time down to an entry time keeps a lot reached
-- by many draws to one row per input poured in: once, unless inputs were poured into it. An edge withdrawn because
-- its consumption or output was reversed is neither followed nor lets an input in (ADR 65).
with recursive reached (lot_id, admits) as (
    select root.id,
           (select max(x.entered_at) from genealogy_edges x
             where x.child_lot_id = root.id
               and x.id not in (select w.edge_id from genealogy_withdrawn_edges w))
      from unnest(cast(:roots as bigint array)) as root (id)
    union
    select e.parent_lot_id,
           (select max(x.entered_at) from genealogy_edges x
             where x.child_lot_id = e.parent_lot_id and (e.drawn_at is null or x.entered_at <= e.drawn_at)
               and x.id not in (select w.edge_id from genealogy_withdrawn_edges w))
      from reached r
      join genealogy_edges e on e.child_lot_id = r.lot_id
     where (e.entered_at is null or e.entered_at <= r.admits)
       and e.id not in (select w.edge_id from genealogy_withdrawn_edges w)
)
select distinct lot_id from reached
