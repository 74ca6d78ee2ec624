-- A shipping, destroying or holding event at one of our places, and an errorDeclaration of an event that booked,
-- move stock through the ledger: the outcome is the ledger command that booked the movement (a shipment, a scrap,
-- a status change, or the corrections reversing an earlier event's entries).
alter table epcis_event_bookings add column movement varchar(20);
alter table epcis_event_bookings add column ledger_command varchar(36);
alter table epcis_event_bookings add constraint epcis_event_bookings_movement check (
    movement in ('SHIPMENT', 'SCRAP', 'STATUS_CHANGE', 'CORRECTION')
        and ledger_command is not null or movement is null and ledger_command is null);
alter table epcis_event_bookings drop constraint epcis_event_bookings_one_outcome;
alter table epcis_event_bookings add constraint epcis_event_bookings_one_outcome check (
    (case when receipt is null then 0 else 1 end) + (case when production_order is null then 0 else 1 end)
        + (case when pallet is null then 0 else 1 end) + (case when ledger_command is null then 0 else 1 end)
        + (case when not_booked is null then 0 else 1 end) = 1);

-- An errorDeclaration names the event it corrects by the event's content: its CBV event hash.
create index epcis_events_event_hash on epcis_events (event_hash);
