-- Packing and unpacking are facts: never changed or removed, only followed by the opposite fact.
create trigger pallet_packings_append_only before update, delete on pallet_packings
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
