-- As reverse.sql, at most :maxDepth steps from a root.
with recursive reached (lot_id, admits, depth) as (
    select root.id,
           (select max(x.entered_at) from genealogy_edges x
             where x.child_lot_id = root.id
               and x.id not in (select w.edge_id from genealogy_withdrawn_edges w)),
           0
      from unnest(cast(:roots as bigint array)) as root (id)
    union
    select e.parent_lot_id,
           (select max(x.entered_at) from genealogy_edges x
             where x.child_lot_id = e.parent_lot_id and (e.drawn_at is null or x.entered_at <= e.drawn_at)
               and x.id not in (select w.edge_id from genealogy_withdrawn_edges w)),
           r.depth + 1
      from reached r
      join genealogy_edges e on e.child_lot_id = r.lot_id
     where r.depth < :maxDepth
       and (e.entered_at is null or e.entered_at <= r.admits)
       and e.id not in (select w.edge_id from genealogy_withdrawn_edges w)
)
select distinct lot_id from reached
