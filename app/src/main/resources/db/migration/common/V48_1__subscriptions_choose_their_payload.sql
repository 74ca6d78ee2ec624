-- A subscriber receives Lotline's own JSON (as before) or an EPCIS 2.0 JSON-LD document of one event.
alter table outbound_subscriptions add column payload_format varchar(20) default 'LOTLINE_JSON' not null;
alter table outbound_subscriptions add constraint outbound_subscriptions_payload_format
    check (payload_format in ('LOTLINE_JSON', 'EPCIS_JSON_LD'));
