-- Each lot with what its retention is counted from (category, last record, expiry as corrected) and what blocks
-- archiving it: stock on hand, and a live recall that is not closed and names the lot as suspect or blocked.
select l.id, l.lot_number, i.sku, c.code as category,
       coalesce(s.expiry_date, l.expiry_date) as expiry_date,
       coalesce((select max(e.recorded_at) from ledger_entries e where e.lot_id = l.id), l.created_at) as last_recorded,
       (select coalesce(sum(b.quantity), 0) from stock_balances b where b.lot_id = l.id) as on_hand,
       (select min(r.code) from recalls r
         where r.kind = 'LIVE' and r.status in ('OPEN', 'CONFIRMED')
           and (exists (select 1 from recall_suspects x where x.recall_id = r.id and x.lot_id = l.id)
                or exists (select 1 from recall_blocked_lots x where x.recall_id = r.id and x.lot_id = l.id)))
           as open_recall
  from lots l
  join items i on i.id = l.item_id
  left join categories c on c.id = i.category_id
  left join lot_states s on s.lot_id = l.id
