-- Every edge into the lots that was not withdrawn (ADR 65): which lot went in, how much, by which entries and order,
-- drawn and poured in when. The parents' lot numbers are looked up apart, once per parent; the edges are put in the
-- order they were made in memory (a sort here spills to disk for a large trace).
select e.id, e.child_lot_id, e.parent_lot_id, e.quantity, e.unit, e.production_order, e.issue_entry_id, e.output_entry_id,
       e.drawn_at, e.entered_at
  from unnest(cast(:ids as bigint array)) as v (id)
  join genealogy_edges e on e.child_lot_id = v.id
 where e.id not in (select w.edge_id from genealogy_withdrawn_edges w)
