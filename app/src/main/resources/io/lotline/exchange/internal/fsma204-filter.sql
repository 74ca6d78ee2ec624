-- The entries an FSMA 204 export covers (e: the entry, l: its lot, i: its item): critical tracking events in the date
-- range, of the product, not reversed. The traceability lot codes asked for and the internal lots in scope (a
-- recall's, a trace's) are conditions of their own, as TraceabilityEvents.ofLots says.
 where e.entry_type in ('RECEIPT', 'RETURN', 'SHIPMENT', 'ISSUE', 'OUTPUT')
   and e.occurred_at >= :from and e.occurred_at < :until
   and (cast(:sku as varchar) is null or i.sku = :sku)
   and not exists (select 1 from ledger_entries c where c.corrects_entry_id = e.id)
