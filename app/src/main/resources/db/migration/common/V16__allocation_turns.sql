-- Allocations of an item take turns: an allocation (or a substitution at the shelf) locks its items' rows here, in
-- item order, before it reads what is free. One row per item replaces locking every balance row of the item, so an
-- allocation no longer writes a lock on each of its candidate places, and bookings never wait for an allocation.
-- The rows of the items on an order are created when the order is entered; every item that exists now has one.
create table allocation_turns (
    item_id bigint primary key references items (id)
);
insert into allocation_turns (item_id) select id from items;
