-- Fills the times of the edges written before V21 (see there); V21_1 set the append-only trigger aside for it and
-- V21_3 puts it back. A merge's edge into a lot that had entries before the merge is an input poured into a running
-- lot.
update genealogy_edges e
   set drawn_at = (select i.occurred_at from ledger_entries i where i.id = e.issue_entry_id),
       entered_at = (select o.occurred_at from ledger_entries o where o.id = e.output_entry_id
                        and exists (select 1 from production_orders p
                                     where p.code = e.production_order and p.kind = 'MERGE')
                        and exists (select 1 from ledger_entries x
                                     where x.lot_id = e.child_lot_id and x.id < e.output_entry_id));
