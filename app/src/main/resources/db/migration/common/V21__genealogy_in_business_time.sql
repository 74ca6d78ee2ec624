-- Genealogy through commingled lots respects business time (ADR 16). An edge says when its material left the parent
-- (drawn_at, the consumption's occurred_at; unknown only for edges written in bulk outside the application, which
-- then count as drawn after everything) and, for an input poured into a lot that already existed (a merge into a
-- silo's running lot), when it entered the child (entered_at); null means the input is part of the whole child.
-- V21_2 fills both for the edges written before, while V21_1 and V21_3 set the append-only trigger aside.
alter table genealogy_edges add column drawn_at timestamp with time zone;
alter table genealogy_edges add column entered_at timestamp with time zone;

-- A continuous production order: each output holds only what the order had consumed by the time it was made.
alter table production_orders add column continuous boolean default false not null;
