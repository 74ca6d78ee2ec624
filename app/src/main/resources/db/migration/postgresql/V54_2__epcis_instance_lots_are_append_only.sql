-- What captured events said about instances and their lots is a record, never changed.
create trigger epcis_instance_lots_append_only before update or delete on epcis_instance_lots
    for each row execute function lotline_refuse_rewrite();
create trigger epcis_instance_lots_no_truncate before truncate on epcis_instance_lots
    for each statement execute function lotline_refuse_rewrite();
