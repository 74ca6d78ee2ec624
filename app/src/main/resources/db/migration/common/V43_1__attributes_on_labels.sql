-- A batch policy says which attributes are printed, as text, on the lot's and case labels.
alter table batch_policy_attributes add column on_label boolean default false not null;
