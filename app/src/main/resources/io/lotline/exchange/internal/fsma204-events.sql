-- The critical tracking events of FSMA 204 from the ledger: receipts and customer returns (receiving), shipments
-- (shipping), and the consumption and output entries of production orders, splits and merges (transformation inputs
-- and outputs). Reversed entries are left out. For each: the lot and who assigned its code (with the source and
-- owner a receipt named, and the owner a shipment named), the product, the quantity, the trading partner, the site where it happened, and the
-- documents. The site where a lot was made is read apart, once per lot (origin-sites.sql). The entries it covers are
-- those of fsma204-filter.sql, read in date order.
select e.id, e.command_id, e.lot_id, e.entry_type, e.occurred_at, e.quantity, e.unit, e.production_order,
       e.purchase_order, e.customer_order, e.shipment_ref, e.delivery_note,
       po.kind as order_kind, l.lot_number, l.origin, l.supplier_lot, i.sku, i.description, i.gtin,
       p.name as party_name, p.street as party_street, p.city as party_city, p.region as party_region,
       p.postal_code as party_postal_code, p.country as party_country, p.phone as party_phone, p.gln as party_gln,
       es.name as site_name, es.street as site_street, es.city as site_city, es.region as site_region,
       es.postal_code as site_postal_code, es.country as site_country, es.phone as site_phone, es.gln as site_gln,
       sp.name as supplier_name, sp.street as supplier_street, sp.city as supplier_city,
       sp.region as supplier_region, sp.postal_code as supplier_postal_code, sp.country as supplier_country,
       sp.phone as supplier_phone, sp.gln as supplier_gln,
       ts.name as source_name, ts.street as source_street, ts.city as source_city, ts.region as source_region,
       ts.postal_code as source_postal_code, ts.country as source_country, ts.phone as source_phone,
       ts.gln as source_gln, ro.tlc_source_reference_type, ro.tlc_source_reference, ro.dispatched_on,
       cp.name as consignor_name, cp.street as consignor_street, cp.city as consignor_city,
       cp.region as consignor_region, cp.postal_code as consignor_postal_code, cp.country as consignor_country,
       cp.phone as consignor_phone, cp.gln as consignor_gln,
       ce.name as consignee_name, ce.street as consignee_street, ce.city as consignee_city,
       ce.region as consignee_region, ce.postal_code as consignee_postal_code, ce.country as consignee_country,
       ce.phone as consignee_phone, ce.gln as consignee_gln
  from ledger_entries e
  join lots l on l.id = e.lot_id
  join items i on i.id = e.item_id
  left join production_orders po on po.code = e.production_order
  left join parties p on p.id = e.party_id
  left join locations el on el.id = coalesce(e.to_location_id, e.from_location_id)
  left join warehouses ew on ew.id = el.warehouse_id
  left join sites es on es.id = ew.site_id
  left join parties sp on sp.id = l.supplier_id
  left join received_lot_origins ro on ro.lot_id = l.id
  left join parties ts on ts.id = ro.tlc_source_id
  left join parties cp on cp.id = ro.consignor_id
  left join shipment_consignees sc on sc.entry_id = e.id
  left join parties ce on ce.id = sc.consignee_id
