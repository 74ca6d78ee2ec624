-- A version of the retention rules is never changed or removed: it says what applied when.
create trigger retention_rule_sets_append_only before update or delete on retention_rule_sets
    for each row execute function lotline_refuse_rewrite();
create trigger retention_rules_append_only before update or delete on retention_rules
    for each row execute function lotline_refuse_rewrite();
