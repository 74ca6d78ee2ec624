-- The site where each lot was made or received: the site of the place where its first receipt or output put it.
-- One set-based pass over the lots' receipts and outputs, rather than a look-up of the first entry lot by lot.
select o.lot_id, s.name, s.street, s.city, s.region, s.postal_code, s.country, s.phone, s.gln
  from (select distinct on (e.lot_id) e.lot_id, e.id, e.to_location_id
          from unnest(cast(:ids as bigint array)) as v (id)
          join ledger_entries e on e.lot_id = v.id and e.entry_type in ('RECEIPT', 'OUTPUT')
         order by e.lot_id, e.id) o
  join locations l on l.id = o.to_location_id
  join warehouses w on w.id = l.warehouse_id
  join sites s on s.id = w.site_id
