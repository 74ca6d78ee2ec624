-- Every shipment of the lots that was not reversed, with the customer's recall contact. The lot's number and item
-- come from its row in lot-facts-lots.sql. In no particular order: a trace puts them in time order.
select e.id as entry_id, e.lot_id, p.code as customer, p.name as customer_name,
       p.recall_contact_name as contact, p.recall_contact_email as email,
       coalesce(p.recall_contact_phone, p.phone) as phone, e.occurred_at, e.quantity, e.unit, e.customer_order,
       e.shipment_ref, e.delivery_note
  from unnest(cast(:ids as bigint array)) as v (id)
  join ledger_entries e on e.lot_id = v.id and e.entry_type = 'SHIPMENT'
  left join parties p on p.id = e.party_id
 where not exists (select 1 from ledger_entries c where c.corrects_entry_id = e.id)
