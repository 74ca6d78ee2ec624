-- Allocation adds up what the picks of a place hold now. Most picks of a busy place have shipped or were given back
-- and hold nothing; with the reserved quantity in the key, only the picks that still hold stock are read.
create index picks_holding on picks (lot_id, location_id, container_id, reserved);
drop index picks_stock;
