-- Every item has its lock row from the transaction that registers it (ADR 49): the ledger creates it when the catalog
-- announces the item, so locking never has to create one. Items that were never locked get theirs here.
insert into stock_item_locks (item_id)
select i.id from items i
 where not exists (select 1 from stock_item_locks l where l.item_id = i.id);
