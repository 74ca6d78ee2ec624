-- On PostgreSQL the database itself keeps confirmed records from being rewritten: a bug or a hand-written
-- statement that tries to UPDATE, DELETE or TRUNCATE them fails. Corrections are new entries.
create function lotline_refuse_rewrite() returns trigger language plpgsql as $$
begin
    raise exception 'Lotline: % on % is refused; confirmed records are append-only, book a correction instead',
        tg_op, tg_table_name using errcode = 'P0001';
end
$$;

create trigger ledger_entries_append_only before update or delete on ledger_entries
    for each row execute function lotline_refuse_rewrite();
create trigger ledger_entries_no_truncate before truncate on ledger_entries
    for each statement execute function lotline_refuse_rewrite();
create trigger entry_serials_append_only before update or delete on entry_serials
    for each row execute function lotline_refuse_rewrite();
create trigger lots_append_only before update or delete on lots
    for each row execute function lotline_refuse_rewrite();
create trigger lot_certificates_append_only before update or delete on lot_certificates
    for each row execute function lotline_refuse_rewrite();
