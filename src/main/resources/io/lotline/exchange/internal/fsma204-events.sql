-- The critical tracking events of FSMA 204 from the ledger: receipts (receiving), shipments (shipping), and the
-- consumption and output entries of production orders, splits and merges (transformation inputs and outputs).
-- Reversed entries are left out. For each: the lot and who assigned its code, the product, the quantity, the
-- trading partner, the site where it happened, and the documents. The site where a lot was made is read apart, once
-- per lot (origin-sites.sql).
select e.id, e.lot_id, e.entry_type, e.occurred_at, e.quantity, e.unit, e.production_order, e.purchase_order,
       e.customer_order, e.shipment_ref, e.delivery_note,
       l.lot_number, l.origin, l.supplier_lot, i.sku, i.description, i.gtin,
       p.name as party_name, p.street as party_street, p.city as party_city, p.region as party_region,
       p.postal_code as party_postal_code, p.country as party_country, p.phone as party_phone, p.gln as party_gln,
       es.name as site_name, es.street as site_street, es.city as site_city, es.region as site_region,
       es.postal_code as site_postal_code, es.country as site_country, es.gln as site_gln,
       sp.name as supplier_name, sp.street as supplier_street, sp.city as supplier_city,
       sp.region as supplier_region, sp.postal_code as supplier_postal_code, sp.country as supplier_country,
       sp.phone as supplier_phone, sp.gln as supplier_gln
  from ledger_entries e
  join lots l on l.id = e.lot_id
  join items i on i.id = e.item_id
  left join parties p on p.id = e.party_id
  left join locations el on el.id = coalesce(e.to_location_id, e.from_location_id)
  left join warehouses ew on ew.id = el.warehouse_id
  left join sites es on es.id = ew.site_id
  left join parties sp on sp.id = l.supplier_id
 where e.entry_type in ('RECEIPT', 'SHIPMENT', 'ISSUE', 'OUTPUT')
   and e.occurred_at >= :from and e.occurred_at < :until
   and (cast(:sku as varchar) is null or i.sku = :sku)
   and (:anyLot or l.lot_number in (select t.code from unnest(cast(:lots as varchar array)) as t (code))
                or l.supplier_lot in (select t.code from unnest(cast(:lots as varchar array)) as t (code)))
   and (:anyInternalLot
        or l.lot_number in (select t.code from unnest(cast(:internalLots as varchar array)) as t (code)))
   and not exists (select 1 from ledger_entries c where c.corrects_entry_id = e.id)
 order by e.occurred_at, e.id
