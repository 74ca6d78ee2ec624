-- The recall that holds a recalled lot (ADR 15). A lot in a confirmed recall's scope stays RECALLED, with or without
-- stock, until that recall's disposition frees it; stock that comes back later arrives on a blocked lot.
alter table lot_states add column held_by_recall varchar(20);

-- Lots recalled before this column existed are held by the confirmed recall that blocked them.
update lot_states set held_by_recall = (
        select min(r.code) from recall_blocked_lots b join recalls r on r.id = b.recall_id
         where b.lot_id = lot_states.lot_id and r.status = 'CONFIRMED')
 where status = 'RECALLED';
