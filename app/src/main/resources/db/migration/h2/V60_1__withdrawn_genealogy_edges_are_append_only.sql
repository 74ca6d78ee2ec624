-- A withdrawal is a fact: never changed or removed.
create trigger genealogy_withdrawn_edges_append_only before update, delete on genealogy_withdrawn_edges
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
