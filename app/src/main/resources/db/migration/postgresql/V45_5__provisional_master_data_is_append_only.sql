-- What was unknown when an event was captured stays on record.
create trigger epcis_provisional_identifiers_append_only before update or delete on epcis_provisional_identifiers
    for each row execute function lotline_refuse_rewrite();
create trigger epcis_provisional_identifiers_no_truncate before truncate on epcis_provisional_identifiers
    for each statement execute function lotline_refuse_rewrite();
