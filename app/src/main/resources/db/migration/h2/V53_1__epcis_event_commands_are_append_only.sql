create trigger epcis_event_commands_append_only before update, delete on epcis_event_commands
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
