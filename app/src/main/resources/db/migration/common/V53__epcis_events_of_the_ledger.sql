-- EPCIS: the query answers ledger entries as events too, read from the ledger when asked. An entry that a captured
-- event booked is told by that event, so the ledger commands each captured event booked are kept here.
-- Rows from before this table: a receipt booking names its command; a production booking is matched to the
-- consumption and output entries of its order that happened at the event's time.

create table epcis_event_commands (
    event_row  bigint      not null references epcis_events (id),
    command_id varchar(36) not null
);
create index epcis_event_commands_command on epcis_event_commands (command_id);

insert into epcis_event_commands (event_row, command_id)
select b.event_row, b.receipt from epcis_event_bookings b where b.receipt is not null;

insert into epcis_event_commands (event_row, command_id)
select distinct b.event_row, l.command_id
from epcis_event_bookings b
join epcis_events e on e.id = b.event_row
join ledger_entries l on l.production_order = b.production_order and l.entry_type in ('ISSUE', 'OUTPUT')
                     and l.occurred_at = e.event_time
where b.production_order is not null;

-- captured events and ledger entries are answered in the order they were recorded
create index epcis_events_record_time on epcis_events (record_time, id);
create index ledger_entries_recorded on ledger_entries (recorded_at, id);
