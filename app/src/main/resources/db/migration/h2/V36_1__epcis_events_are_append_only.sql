-- Captured EPCIS events are records of what partners said happened: never changed, corrected by new events.
create trigger epcis_events_append_only before update, delete on epcis_events
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
create trigger epcis_event_identifiers_append_only before update, delete on epcis_event_identifiers
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
