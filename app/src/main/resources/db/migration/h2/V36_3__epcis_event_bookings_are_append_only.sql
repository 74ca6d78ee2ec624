create trigger epcis_event_bookings_append_only before update, delete on epcis_event_bookings
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
