-- A batch policy version is never changed or removed: lots name the version they were born under.
create trigger batch_policies_append_only before update or delete on batch_policies
    for each row execute function lotline_refuse_rewrite();
create trigger batch_policy_attributes_append_only before update or delete on batch_policy_attributes
    for each row execute function lotline_refuse_rewrite();
