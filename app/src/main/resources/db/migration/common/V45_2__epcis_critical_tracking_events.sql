-- The FSMA 204 critical tracking events Lotline's own books do not hold (harvesting, cooling, initial packing, first
-- land-based receiving), one row per captured event and lot it names, with their key data elements: where and when
-- harvested (and the vessel, catch area and trip dates of a catch), cooled and landed. Data an event does not carry
-- itself is taken from the lot's (or its inputs') earlier harvesting and cooling events when it is recorded.
create table epcis_critical_events (
    event_row        bigint         not null references epcis_events (id),
    cte              varchar(30)    not null check (cte in ('HARVESTING', 'COOLING', 'INITIAL_PACKING',
                                                            'FIRST_LAND_BASED_RECEIVING')),
    gtin             char(14)       not null,
    lot              varchar(200)   not null,
    quantity         numeric(19, 6),
    uom              varchar(10),
    event_date       date           not null,
    location         varchar(1000),
    harvest_location varchar(1000),
    harvest_date     date,
    harvest_end_date date,
    cooling_location varchar(1000),
    cooling_date     date,
    landing_date     date,
    vessel_name      varchar(200),
    vessel_id        varchar(200),
    catch_area       varchar(200)
);
create index epcis_critical_events_lot on epcis_critical_events (gtin, lot, cte);
create index epcis_critical_events_date on epcis_critical_events (event_date);
