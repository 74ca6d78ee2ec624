-- Reservations stored and their items' stock versions moved in one statement (PostgreSQL), while the transaction holds
-- the items' locks (ADR 49). The insert runs whether or not the update names any item: a data-modifying WITH always
-- runs to completion. One row per reservation, given as one array per column.
with reserved as (
    insert into stock_reservations (id, customer_order, item_id, lot_id, location_id, container_id, quantity)
    select r.id, :order, r.item_id, r.lot_id, r.location_id, r.container_id, r.quantity
      from unnest(cast(:ids as bigint array), cast(:items as bigint array), cast(:lots as bigint array),
                  cast(:locations as bigint array), cast(:containers as bigint array),
                  cast(:quantities as numeric array))
           as r (id, item_id, lot_id, location_id, container_id, quantity)
)
update stock_item_locks set stock_version = stock_version + 1
 where item_id = any(cast(:moving as bigint array))
