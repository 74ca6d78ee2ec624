-- A critical tracking event as captured is a record, never changed.
create trigger epcis_critical_events_append_only before update or delete on epcis_critical_events
    for each row execute function lotline_refuse_rewrite();
create trigger epcis_critical_events_no_truncate before truncate on epcis_critical_events
    for each statement execute function lotline_refuse_rewrite();
