-- Identifiers captured events named that Lotline did not know when they were captured (a product's GTIN, a party's
-- or a location's GLN, or an identifier that holds no GS1 key): provisional master data, listed for review until the
-- item, party or site is registered. One row per event and identifier; nothing here is changed afterwards.
create table epcis_provisional_identifiers (
    event_row  bigint        not null references epcis_events (id),
    kind       varchar(8)    not null check (kind in ('PRODUCT', 'PARTY', 'LOCATION')),
    identifier varchar(1000) not null,
    gs1_key    varchar(14)
);
create index epcis_provisional_identifiers_kind on epcis_provisional_identifiers (kind, identifier);
create index epcis_provisional_identifiers_event on epcis_provisional_identifiers (event_row);
