create trigger genealogy_edges_append_only before update, delete on genealogy_edges
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
