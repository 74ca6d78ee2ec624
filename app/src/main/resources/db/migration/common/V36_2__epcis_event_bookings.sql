-- What each captured receiving or transformation event booked in Lotline's ledger (a receipt, or consumption and
-- output of a production order), or why it booked nothing. Several transformation events of one transformation
-- (one transformationID) book into one production order.
create table epcis_event_bookings (
    event_row        bigint        not null references epcis_events (id),
    receipt          varchar(200),
    production_order varchar(80),
    not_booked       varchar(1000),
    constraint epcis_event_bookings_one_outcome check (
        (case when receipt is null then 0 else 1 end) + (case when production_order is null then 0 else 1 end)
            + (case when not_booked is null then 0 else 1 end) = 1)
);
create index epcis_event_bookings_event on epcis_event_bookings (event_row);
create index epcis_event_bookings_order on epcis_event_bookings (production_order);
