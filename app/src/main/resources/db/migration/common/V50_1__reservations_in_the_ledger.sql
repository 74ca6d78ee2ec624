-- Available stock is the ledger's (ADR 49). The per-item lock that allocations used to take ("allocation turns") is
-- the ledger's item lock now; its rows and stock versions stay as they are.
alter table allocation_turns rename to stock_item_locks;

-- What customer orders hold of a lot at a place, one row per reservation, under the id its holder gives it (a
-- pick's id). A row exists while the stock is held and is deleted when it is given back or shipped; what is free at
-- a place is its balance less the quantities reserved there. The rows come from what the picks held.
create table stock_reservations (
    id             bigint         primary key,
    customer_order varchar(60)    not null,
    item_id        bigint         not null references items (id),
    lot_id         bigint         not null references lots (id),
    location_id    bigint         not null references locations (id),
    container_id   bigint         not null default 0,
    quantity       numeric(19, 6) not null check (quantity > 0)
);
create index stock_reservations_at on stock_reservations (lot_id, location_id, container_id, quantity);

insert into stock_reservations (id, customer_order, item_id, lot_id, location_id, container_id, quantity)
select p.id, o.code, p.item_id, p.lot_id, p.location_id, p.container_id, p.reserved
  from picks p
  join customer_orders o on o.id = p.order_id
 where p.reserved > 0;

-- Picks keep what was allocated and picked; what they hold is the ledger's.
drop index if exists picks_holding;
drop index if exists picks_reserving;
alter table picks drop constraint picks_reserved_within_allocated;
alter table picks drop column reserved;
-- A lot that stops being released releases its open picks, found by lot.
create index picks_lot on picks (lot_id, status);
