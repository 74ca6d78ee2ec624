-- The critical tracking events of FSMA 204 from the ledger: receipts (receiving), shipments (shipping), and the
-- consumption and output entries of production orders, splits and merges (transformation inputs and outputs).
-- Reversed entries are left out. For each: the lot and who assigned its code, the product, the quantity, the
-- trading partner, the site where it happened, and the documents. The site where a lot was made (its first receipt
-- or output) is looked up once per lot, not once per event.
with events as (
    select e.id, e.entry_type, e.occurred_at, e.quantity, e.unit, e.production_order, e.purchase_order,
           e.customer_order, e.shipment_ref, e.delivery_note, e.party_id, e.lot_id,
           coalesce(e.to_location_id, e.from_location_id) as location_id,
           l.lot_number, l.origin, l.supplier_lot, l.supplier_id, i.sku, i.description, i.gtin
      from ledger_entries e
      join lots l on l.id = e.lot_id
      join items i on i.id = e.item_id
     where e.entry_type in ('RECEIPT', 'SHIPMENT', 'ISSUE', 'OUTPUT')
       and e.occurred_at >= :from and e.occurred_at < :until
       and (cast(:sku as varchar) is null or i.sku = :sku)
       and (:anyLot or l.lot_number in (select t.code from unnest(cast(:lots as varchar array)) as t (code))
                    or l.supplier_lot in (select t.code from unnest(cast(:lots as varchar array)) as t (code)))
       and not exists (select 1 from ledger_entries c where c.corrects_entry_id = e.id)
),
origins as (
    select x.lot_id, ow.site_id
      from (select distinct lot_id from events) x
      left join ledger_entries oe on oe.id = (select min(o.id) from ledger_entries o
                                               where o.lot_id = x.lot_id and o.entry_type in ('RECEIPT', 'OUTPUT'))
      left join locations ol on ol.id = oe.to_location_id
      left join warehouses ow on ow.id = ol.warehouse_id
)
select e.id, e.entry_type, e.occurred_at, e.quantity, e.unit, e.production_order, e.purchase_order,
       e.customer_order, e.shipment_ref, e.delivery_note,
       e.lot_number, e.origin, e.supplier_lot, e.sku, e.description, e.gtin,
       p.name as party_name, p.street as party_street, p.city as party_city, p.region as party_region,
       p.postal_code as party_postal_code, p.country as party_country, p.phone as party_phone, p.gln as party_gln,
       es.name as site_name, es.street as site_street, es.city as site_city, es.region as site_region,
       es.postal_code as site_postal_code, es.country as site_country, es.gln as site_gln,
       sp.name as supplier_name, sp.street as supplier_street, sp.city as supplier_city,
       sp.region as supplier_region, sp.postal_code as supplier_postal_code, sp.country as supplier_country,
       sp.phone as supplier_phone, sp.gln as supplier_gln,
       os.name as origin_site_name, os.street as origin_site_street, os.city as origin_site_city,
       os.region as origin_site_region, os.postal_code as origin_site_postal_code,
       os.country as origin_site_country, os.gln as origin_site_gln
  from events e
  join origins o on o.lot_id = e.lot_id
  left join parties p on p.id = e.party_id
  left join locations el on el.id = e.location_id
  left join warehouses ew on ew.id = el.warehouse_id
  left join sites es on es.id = ew.site_id
  left join parties sp on sp.id = e.supplier_id
  left join sites os on os.id = o.site_id
 order by e.occurred_at, e.id
