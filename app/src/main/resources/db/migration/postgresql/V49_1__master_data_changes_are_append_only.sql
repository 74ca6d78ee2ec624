-- A change of master data, once recorded, is never changed or removed.
create trigger master_data_changes_append_only before update or delete on master_data_changes
    for each row execute function lotline_refuse_rewrite();
create trigger master_data_changes_no_truncate before truncate on master_data_changes
    for each statement execute function lotline_refuse_rewrite();
create trigger master_data_change_fields_append_only before update or delete on master_data_change_fields
    for each row execute function lotline_refuse_rewrite();
create trigger master_data_change_fields_no_truncate before truncate on master_data_change_fields
    for each statement execute function lotline_refuse_rewrite();
