-- What an allocation reads of its order, in one statement: each line, the customer's minimum remaining shelf life
-- for the line's item (per item, else for all items, else 0), and the picks made for the line so far, one row each
-- (a line without picks is one row with no pick). CustomerOrders adds up what the picks cover.
select l.*, coalesce(r.min_remaining_days, g.min_remaining_days, 0) as min_remaining_days,
       p.id as pick_id, p.status as pick_status, p.allocated as pick_allocated, p.picked as pick_picked
  from customer_order_lines l
  left join customer_item_shelf_life r on r.customer_id = :customer and r.item_id = l.item_id
  left join customer_shelf_life g on g.customer_id = :customer
  left join picks p on p.order_id = l.order_id and p.line_no = l.line_no
 where l.order_id = :order
 order by l.line_no, p.id
