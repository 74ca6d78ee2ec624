-- The output bookings (commands) each consumption entry fed, by the genealogy links from it to output entries. A
-- transformation event is one booking of outputs of a production order, split or merge, with the consumptions
-- linked to them. A link withdrawn because its consumption or output was reversed (ADR 65) feeds nothing.
select ge.issue_entry_id as entry_id, o.command_id
  from genealogy_edges ge
  join ledger_entries o on o.id = ge.output_entry_id
 where ge.issue_entry_id in (select t.id from unnest(cast(:ids as bigint array)) as t (id))
   and ge.id not in (select w.edge_id from genealogy_withdrawn_edges w)
 group by ge.issue_entry_id, o.command_id
