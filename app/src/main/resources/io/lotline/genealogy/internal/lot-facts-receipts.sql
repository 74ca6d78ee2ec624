-- Every receipt of the lots that was not reversed, with the supplier, its lot number and the certificates.
select e.id as entry_id, e.lot_id, l.lot_number, i.sku, p.code as supplier, p.name as supplier_name, l.supplier_lot,
       e.purchase_order, e.occurred_at, e.quantity, e.unit,
       (select string_agg(c.reference, chr(10) order by c.reference) from lot_certificates c where c.lot_id = l.id)
           as certificates
  from unnest(cast(:ids as bigint array)) as v (id)
  join ledger_entries e on e.lot_id = v.id and e.entry_type = 'RECEIPT'
  join lots l on l.id = e.lot_id
  join items i on i.id = e.item_id
  left join parties p on p.id = e.party_id
 where not exists (select 1 from ledger_entries c where c.corrects_entry_id = e.id)
 order by e.occurred_at, e.id
