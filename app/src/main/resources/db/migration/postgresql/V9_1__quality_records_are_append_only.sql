create trigger inspection_results_append_only before update or delete on inspection_results
    for each row execute function lotline_refuse_rewrite();
create trigger lot_documents_append_only before update or delete on lot_documents
    for each row execute function lotline_refuse_rewrite();
create trigger quality_signatures_append_only before update or delete on quality_signatures
    for each row execute function lotline_refuse_rewrite();
