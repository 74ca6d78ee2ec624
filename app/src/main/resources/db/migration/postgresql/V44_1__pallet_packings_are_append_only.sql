-- Packing and unpacking are facts: never changed or removed, only followed by the opposite fact.
create trigger pallet_packings_append_only before update or delete on pallet_packings
    for each row execute function lotline_refuse_rewrite();
