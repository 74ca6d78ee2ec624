-- The entries an FSMA 204 export covers (e: the entry, l: its lot, i: its item): critical tracking events in the date
-- range, of the product, of the traceability lot codes asked for, not reversed. The internal lots in scope (a recall's,
-- a trace's) are joined apart, as TraceabilityEvents.inScope says.
 where e.entry_type in ('RECEIPT', 'RETURN', 'SHIPMENT', 'ISSUE', 'OUTPUT')
   and e.occurred_at >= :from and e.occurred_at < :until
   and (cast(:sku as varchar) is null or i.sku = :sku)
   and (:anyLot or l.lot_number in (select t.code from unnest(cast(:lots as varchar array)) as t (code))
                or l.supplier_lot in (select t.code from unnest(cast(:lots as varchar array)) as t (code)))
   and not exists (select 1 from ledger_entries c where c.corrects_entry_id = e.id)
