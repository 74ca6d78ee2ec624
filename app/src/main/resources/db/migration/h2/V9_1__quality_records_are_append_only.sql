create trigger inspection_results_append_only before update, delete on inspection_results
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
create trigger lot_documents_append_only before update, delete on lot_documents
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
create trigger quality_signatures_append_only before update, delete on quality_signatures
    for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger';
