-- A withdrawal is a fact: never changed or removed.
create trigger genealogy_withdrawn_edges_append_only before update or delete on genealogy_withdrawn_edges
    for each row execute function lotline_refuse_rewrite();
create trigger genealogy_withdrawn_edges_no_truncate before truncate on genealogy_withdrawn_edges
    for each statement execute function lotline_refuse_rewrite();
