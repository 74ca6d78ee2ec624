-- On PostgreSQL this version grants the application's own role what it needs (ADR 38). The embedded database has
-- one user, who owns everything; the version exists here too so that both databases stand at the same version
-- (copy-database compares them).
select 1;
