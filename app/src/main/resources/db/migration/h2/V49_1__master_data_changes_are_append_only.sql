-- A change of master data, once recorded, is never changed or removed.
create trigger master_data_changes_append_only before update, delete on master_data_changes
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
create trigger master_data_change_fields_append_only before update, delete on master_data_change_fields
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
