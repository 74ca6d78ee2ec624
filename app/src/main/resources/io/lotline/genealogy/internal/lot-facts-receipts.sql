-- Every receipt of the lots that was not reversed, with the supplier and the certificates. The lot's number, item
-- and supplier lot come from its row in lot-facts-lots.sql. In no particular order: a trace puts them in time order.
select e.id as entry_id, e.lot_id, p.code as supplier, p.name as supplier_name, e.purchase_order, e.occurred_at,
       e.quantity, e.unit,
       (select string_agg(c.reference, chr(10) order by c.reference) from lot_certificates c where c.lot_id = e.lot_id)
           as certificates
  from unnest(cast(:ids as bigint array)) as v (id)
  join ledger_entries e on e.lot_id = v.id and e.entry_type = 'RECEIPT'
  left join parties p on p.id = e.party_id
 where not exists (select 1 from ledger_entries c where c.corrects_entry_id = e.id)
