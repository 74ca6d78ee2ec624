-- What captured events said about lots and custody is a record, never changed.
create trigger epcis_event_lots_append_only before update, delete on epcis_event_lots
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
create trigger epcis_custody_changes_append_only before update, delete on epcis_custody_changes
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
