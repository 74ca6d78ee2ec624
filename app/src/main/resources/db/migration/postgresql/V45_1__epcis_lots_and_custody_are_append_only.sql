-- What captured events said about lots and custody is a record, never changed.
create trigger epcis_event_lots_append_only before update or delete on epcis_event_lots
    for each row execute function lotline_refuse_rewrite();
create trigger epcis_event_lots_no_truncate before truncate on epcis_event_lots
    for each statement execute function lotline_refuse_rewrite();
create trigger epcis_custody_changes_append_only before update or delete on epcis_custody_changes
    for each row execute function lotline_refuse_rewrite();
create trigger epcis_custody_changes_no_truncate before truncate on epcis_custody_changes
    for each statement execute function lotline_refuse_rewrite();
