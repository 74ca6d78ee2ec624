-- EU 931/2011 art. 3 on the shipping side: the owner (consignee) of goods dispatched to a receiver on the owner's
-- behalf (a retailer's goods delivered to its logistics provider). One row per shipment entry that named one, written
-- by the ledger in the booking's transaction, never changed; shipments to the owner itself have none.
create table shipment_consignees (
    entry_id     bigint primary key references ledger_entries (id),
    consignee_id bigint not null references parties (id)
);
