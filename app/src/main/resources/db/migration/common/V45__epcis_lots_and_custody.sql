-- The lots (GTIN and lot as the class names them) each captured event names, in their role: consumed (INPUT) or
-- made (OUTPUT) by a transformation, or observed. Transformations link inputs to outputs across events of one
-- transformationID, at our places and at partners' alike, so a trace runs through partner events to every origin.
create table epcis_event_lots (
    event_row bigint       not null references epcis_events (id),
    gtin      char(14)     not null,
    lot       varchar(200) not null,
    role      varchar(8)   not null check (role in ('INPUT', 'OUTPUT', 'OBSERVED'))
);
create index epcis_event_lots_lot on epcis_event_lots (gtin, lot, role);
create index epcis_event_lots_event on epcis_event_lots (event_row);

-- A change of custody between parties: the owning or possessing party of the sourceList handing over to the one of
-- the destinationList, as the event says. It moves none of Lotline's stock.
create table epcis_custody_changes (
    event_row  bigint        not null references epcis_events (id),
    party_type varchar(20)   not null check (party_type in ('owning_party', 'possessing_party')),
    from_party varchar(1000),
    to_party   varchar(1000),
    constraint epcis_custody_changes_someone check (from_party is not null or to_party is not null)
);
create index epcis_custody_changes_event on epcis_custody_changes (event_row);
