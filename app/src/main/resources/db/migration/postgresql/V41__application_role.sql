-- The application may run as a role of its own that owns nothing (ADR 38): Flyway migrates as the owner of the
-- tables (spring.flyway.user), and the application's role (spring.datasource.username, the placeholder appuser)
-- may read and write rows, but not alter or truncate a table nor disable its triggers: only an owner can, so the
-- append-only triggers of the ledger hold against it. When both are the same role, nothing changes.
do $$
declare
    app text := '${appuser}';
begin
    if app <> '' and app <> current_user then
        execute format('grant usage on schema %I to %I', current_schema(), app);
        execute format('grant select, insert, update, delete on all tables in schema %I to %I',
                       current_schema(), app);
        execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app);
        -- what later migrations create, as the same owner
        execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
                       current_schema(), app);
        execute format('alter default privileges in schema %I grant usage, select on sequences to %I',
                       current_schema(), app);
    end if;
end
$$;
