-- A recall's REWORK disposition: the production order it names may consume the lot the recall holds (ADR 15).
-- Signed like every disposition: who, when, and why.
create table recall_reworks (
    recall_id        bigint       not null references recalls (id),
    lot_id           bigint       not null references lots (id),
    production_order varchar(80)  not null,
    reason           varchar(300) not null,
    signed_by        varchar(60)  not null,
    signed_at        timestamp with time zone not null,
    primary key (recall_id, lot_id, production_order)
);

create index recall_reworks_by_order on recall_reworks (production_order);
