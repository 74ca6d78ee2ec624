-- Every edge into the lots: which lot went in, how much, by which entries and order, drawn and poured in when.
select e.child_lot_id, e.parent_lot_id, p.lot_number as parent_number, e.quantity, e.unit, e.production_order,
       e.issue_entry_id, e.output_entry_id, e.drawn_at, e.entered_at
  from unnest(cast(:ids as bigint array)) as v (id)
  join genealogy_edges e on e.child_lot_id = v.id
  join lots p on p.id = e.parent_lot_id
 order by e.id
