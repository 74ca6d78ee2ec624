-- EPCIS: an event captured as JSON-LD is kept once, as event_json; original holds the text as it came only where it
-- is other than that, the canonical XML of an event captured as XML (ADR 68). Events captured before keep both.
alter table epcis_events alter column original drop not null;
alter table epcis_events add constraint epcis_events_original_kept check (original is not null or format = 'JSON');
