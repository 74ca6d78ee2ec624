create trigger epcis_event_commands_append_only before update or delete on epcis_event_commands
    for each row execute function lotline_refuse_rewrite();
create trigger epcis_event_commands_no_truncate before truncate on epcis_event_commands
    for each statement execute function lotline_refuse_rewrite();
