-- The output bookings (commands) each consumption entry fed, by the genealogy links from it to output entries. A
-- transformation event is one booking of outputs of a production order, split or merge, with the consumptions
-- linked to them.
select ge.issue_entry_id as entry_id, o.command_id
  from genealogy_edges ge
  join ledger_entries o on o.id = ge.output_entry_id
 where ge.issue_entry_id in (select t.id from unnest(cast(:ids as bigint array)) as t (id))
 group by ge.issue_entry_id, o.command_id
