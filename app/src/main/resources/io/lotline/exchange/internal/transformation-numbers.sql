-- The output bookings of the orders, in booking order, so each transformation event of an order gets its number.
select o.production_order, o.command_id, min(o.id) as first_output
  from ledger_entries o
 where o.entry_type = 'OUTPUT'
   and o.production_order in (select t.code from unnest(cast(:orders as varchar array)) as t (code))
 group by o.production_order, o.command_id
 order by o.production_order, first_output
