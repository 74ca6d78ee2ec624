-- On H2 as on PostgreSQL, confirmed records refuse UPDATE and DELETE; corrections are new entries.
create trigger ledger_entries_append_only before update, delete on ledger_entries
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
create trigger entry_serials_append_only before update, delete on entry_serials
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
create trigger lots_append_only before update, delete on lots
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
create trigger lot_certificates_append_only before update, delete on lot_certificates
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
