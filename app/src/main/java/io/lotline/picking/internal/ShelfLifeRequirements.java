package io.lotline.picking.internal;

import io.lotline.picking.CustomerShelfLife;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers' minimum remaining shelf life: one for all items, and one per item that takes precedence. */
@Repository
class ShelfLifeRequirements {
    private final JdbcClient jdbc;

    ShelfLifeRequirements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The minimum in days the customer accepts for the item on the ship date: per item, else general, else 0. */
    int minimumDays(long customerId, long itemId) {
        return minimumDays(customerId, List.of(itemId)).getOrDefault(itemId, 0);
    }

    /** The same for several items at once, by item id. */
    Map<Long, Integer> minimumDays(long customerId, Collection<Long> itemIds) {
        Map<Long, Integer> days = new HashMap<>();
        jdbc.sql("""
                        select i.id, coalesce(r.min_remaining_days, g.min_remaining_days, 0)
                          from items i
                          left join customer_item_shelf_life r on r.customer_id = :customer and r.item_id = i.id
                          left join customer_shelf_life g on g.customer_id = :customer
                         where i.id in (:items)""")
                .param("customer", customerId).param("items", List.copyOf(itemIds))
                .query(rs -> {
                    days.put(rs.getLong(1), rs.getInt(2));
                });
        return days;
    }

    Optional<Integer> general(long customerId) {
        return jdbc.sql("select min_remaining_days from customer_shelf_life where customer_id = ?").param(customerId)
                .query(Integer.class).optional();
    }

    List<CustomerShelfLife.ItemMinimum> perItem(long customerId) {
        return jdbc.sql("""
                        select i.sku, r.min_remaining_days from customer_item_shelf_life r
                          join items i on i.id = r.item_id where r.customer_id = ? order by i.sku""")
                .param(customerId)
                .query((rs, n) -> new CustomerShelfLife.ItemMinimum(rs.getString(1), rs.getInt(2))).list();
    }

    void setGeneral(long customerId, Integer days, Instant now, String actor) {
        jdbc.sql("delete from customer_shelf_life where customer_id = ?").param(customerId).update();
        if (days != null) {
            jdbc.sql("""
                            insert into customer_shelf_life (customer_id, min_remaining_days, set_by, set_at)
                            values (?, ?, ?, ?)""")
                    .params(customerId, days, actor, now.atOffset(ZoneOffset.UTC)).update();
        }
    }

    void setForItem(long customerId, long itemId, Integer days, Instant now, String actor) {
        jdbc.sql("delete from customer_item_shelf_life where customer_id = ? and item_id = ?")
                .params(customerId, itemId).update();
        if (days != null) {
            jdbc.sql("""
                            insert into customer_item_shelf_life (customer_id, item_id, min_remaining_days, set_by,
                                                                  set_at)
                            values (?, ?, ?, ?, ?)""")
                    .params(customerId, itemId, days, actor, now.atOffset(ZoneOffset.UTC)).update();
        }
    }
}
