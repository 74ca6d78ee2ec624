-- Every lot made, directly or through any number of steps, from the roots, whenever: the cycle check of a new edge.
-- A withdrawn edge (ADR 65) links nothing. Only the lot id is carried and UNION removes duplicates, so each lot is
-- expanded once however many paths lead to it.
with recursive reached (lot_id) as (
    select root.id from unnest(cast(:roots as bigint array)) as root (id)
    union
    select e.child_lot_id
      from reached r
      join genealogy_edges e on e.parent_lot_id = r.lot_id
     where e.id not in (select w.edge_id from genealogy_withdrawn_edges w)
)
select lot_id from reached
