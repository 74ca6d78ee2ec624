-- Lots with stock on hand that expire from today up to the horizon, still released, in quarantine or on hold, and
-- covered by an expiry rule: their item's own rule, or else their category's.
select l.id                        as lot_id,
       l.lot_number                as lot_number,
       s.expiry_date               as expiry_date,
       coalesce(ir.id, cr.id)      as rule_id,
       i.base_unit                 as unit,
       sum(b.quantity)             as on_hand
  from lots l
  join lot_states s      on s.lot_id = l.id
  join items i           on i.id = l.item_id
  join stock_balances b  on b.lot_id = l.id
  left join expiry_alert_rules ir on ir.item_id = i.id
  left join expiry_alert_rules cr on cr.category_id = i.category_id
 where s.expiry_date between :today and :horizon
   and s.status in ('RELEASED', 'QUARANTINE', 'ON_HOLD')
   and (ir.id is not null or cr.id is not null)
 group by l.id, l.lot_number, s.expiry_date, ir.id, cr.id, i.base_unit
having sum(b.quantity) > 0
 order by s.expiry_date, l.lot_number
