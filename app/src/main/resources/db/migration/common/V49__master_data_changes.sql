-- Items, locations and parties change (ADR 48): what may change of them is updated in place, and every change is
-- kept here with each field's value before and after. "catalog_revision" is moved by every change under its row
-- lock, so changes commit in revision order and an instance that reads it knows whether its copies are current.

create table catalog_revision (
    id       integer primary key check (id = 1),
    revision bigint not null
);
insert into catalog_revision (id, revision) values (1, 0);

create table master_data_changes (
    revision   bigint primary key,
    kind       varchar(10) not null check (kind in ('ITEM', 'LOCATION', 'PARTY')),
    code       varchar(40) not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(60) not null
);
create index master_data_changes_by_code on master_data_changes (kind, code);

create table master_data_change_fields (
    revision     bigint       not null references master_data_changes (revision),
    ordinal      integer      not null,
    field        varchar(60)  not null,
    before_value varchar(200),
    after_value  varchar(200),
    primary key (revision, ordinal)
);
