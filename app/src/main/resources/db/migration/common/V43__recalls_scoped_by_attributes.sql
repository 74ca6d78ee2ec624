-- A recall whose suspect lots were chosen by batch-policy attributes (and a period of receipt or production) keeps
-- the filter it was opened with, so that the review and the report say why these lots are the suspects.

create table recall_attribute_scopes (
    recall_id bigint primary key references recalls (id),
    born_from date,
    born_to   date
);

create table recall_scope_attributes (
    recall_id       bigint       not null references recall_attribute_scopes (recall_id),
    name            varchar(40)  not null,
    attribute_value varchar(200) not null,
    primary key (recall_id, name)
);
