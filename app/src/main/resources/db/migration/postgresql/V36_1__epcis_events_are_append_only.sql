-- Captured EPCIS events are records of what partners said happened: never changed, corrected by new events.
create trigger epcis_events_append_only before update or delete on epcis_events
    for each row execute function lotline_refuse_rewrite();
create trigger epcis_events_no_truncate before truncate on epcis_events
    for each statement execute function lotline_refuse_rewrite();
create trigger epcis_event_identifiers_append_only before update or delete on epcis_event_identifiers
    for each row execute function lotline_refuse_rewrite();
create trigger epcis_event_identifiers_no_truncate before truncate on epcis_event_identifiers
    for each statement execute function lotline_refuse_rewrite();
