-- The database's own best at a forward trace: one recursive query over the edge table that carries only the lot id
-- (UNION, so each lot is visited once however many paths reach it); the lots reached, the root included.
with recursive reach (lot_id) as (
    select l.id from lots l where l.lot_number = :root
    union
    select g.child_lot_id from genealogy_edges g join reach r on g.parent_lot_id = r.lot_id
)
select count(*) from reach
