-- An aggregation event at one of our places packs, unpacks or confirms a pallet: that pallet is its outcome.
alter table epcis_event_bookings add column pallet varchar(40);
alter table epcis_event_bookings drop constraint epcis_event_bookings_one_outcome;
alter table epcis_event_bookings add constraint epcis_event_bookings_one_outcome check (
    (case when receipt is null then 0 else 1 end) + (case when production_order is null then 0 else 1 end)
        + (case when pallet is null then 0 else 1 end) + (case when not_booked is null then 0 else 1 end) = 1);
