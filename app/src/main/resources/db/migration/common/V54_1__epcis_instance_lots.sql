-- The lot each serialised instance (SGTIN) a captured event names belongs to, where the event says so: a Digital Link
-- with the lot (/10/), the event's ILMD lot number, or the one lot of the instance's GTIN in its quantity lists.
create table epcis_instance_lots (
    event_row bigint        not null references epcis_events (id),
    gtin      char(14)      not null,
    serial    varchar(1000) not null,
    lot       varchar(200)  not null
);
create index epcis_instance_lots_instance on epcis_instance_lots (gtin, serial);
create index epcis_instance_lots_event on epcis_instance_lots (event_row);
