-- What was unknown when an event was captured stays on record.
create trigger epcis_provisional_identifiers_append_only before update, delete on epcis_provisional_identifiers
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
