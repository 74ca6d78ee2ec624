-- FSMA 204 (21 CFR 1.1345, 1.1350) asks for a phone number with every location description: sites gain one
-- (parties had one).
alter table sites add column phone varchar(40);

-- What a receipt says about a lot beyond its supplier, written by receiving, never changed:
-- * the traceability lot code source when it is not the supplier who delivered (a distributor delivering a farm's
--   lot, 21 CFR 1.1345(a)(7)): a registered party, and/or its reference (GLN, FDA Food Facility Registration Number
--   or URL, 21 CFR 1.1310);
-- * for EU 931/2011 art. 3: the day the supplier dispatched the goods and the owner (consignor) where the goods
--   were delivered on someone else's behalf.
create table received_lot_origins (
    lot_id                    bigint primary key references lots (id),
    tlc_source_id             bigint references parties (id),
    tlc_source_reference_type varchar(4) check (tlc_source_reference_type in ('GLN', 'FFRN', 'URL')),
    tlc_source_reference      varchar(200),
    consignor_id              bigint references parties (id),
    dispatched_on             date
);
