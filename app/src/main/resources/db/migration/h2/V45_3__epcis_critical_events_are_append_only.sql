-- A critical tracking event as captured is a record, never changed.
create trigger epcis_critical_events_append_only before update, delete on epcis_critical_events
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
