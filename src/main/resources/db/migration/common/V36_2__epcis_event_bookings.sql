-- What each captured receiving event booked in Lotline's ledger (a receipt), or why it booked nothing.
create table epcis_event_bookings (
    event_row  bigint        not null references epcis_events (id),
    receipt    varchar(200),
    not_booked varchar(1000),
    constraint epcis_event_bookings_one_outcome check ((receipt is null) <> (not_booked is null))
);
create index epcis_event_bookings_event on epcis_event_bookings (event_row);
