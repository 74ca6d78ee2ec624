-- An entry with the codes people read: lot number, SKU, location and pallet codes, party code.
select e.*, l.lot_number, i.sku, i.base_unit,
       fl.code as from_location, fc.code as from_pallet,
       tl.code as to_location, tc.code as to_pallet,
       p.code as party_code
  from ledger_entries e
  join lots l on l.id = e.lot_id
  join items i on i.id = e.item_id
  left join locations fl on fl.id = e.from_location_id
  left join containers fc on fc.id = e.from_container_id
  left join locations tl on tl.id = e.to_location_id
  left join containers tc on tc.id = e.to_container_id
  left join parties p on p.id = e.party_id
