-- The site where each lot was made or received: the site of the place where its first receipt or output put it.
select v.id as lot_id, s.name, s.street, s.city, s.region, s.postal_code, s.country, s.gln
  from unnest(cast(:ids as bigint array)) as v (id)
  join ledger_entries e on e.id = (select min(o.id) from ledger_entries o
                                    where o.lot_id = v.id and o.entry_type in ('RECEIPT', 'OUTPUT'))
  join locations l on l.id = e.to_location_id
  join warehouses w on w.id = l.warehouse_id
  join sites s on s.id = w.site_id
