-- EPCIS: the CBV 2.0 event hash computed from each captured event's content. Events without an id are keyed by it;
-- an event whose own ni:/// id differs from it (a partner's generator of another version) keeps its id, and the
-- hash Lotline computed is kept beside it. Events captured before this column have none.

alter table epcis_events add column event_hash varchar(100);
