create trigger epcis_event_bookings_append_only before update or delete on epcis_event_bookings
    for each row execute function lotline_refuse_rewrite();
create trigger epcis_event_bookings_no_truncate before truncate on epcis_event_bookings
    for each statement execute function lotline_refuse_rewrite();
