-- What captured events said about instances and their lots is a record, never changed.
create trigger epcis_instance_lots_append_only before update, delete on epcis_instance_lots
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
