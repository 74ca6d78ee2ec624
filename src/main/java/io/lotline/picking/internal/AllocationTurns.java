package io.lotline.picking.internal;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Allocations of the same item take turns. Whatever reserves stock of an item (an allocation, a substitution at the
 * shelf) first takes the item's turn, a row lock held until its transaction ends, and only then reads what is free:
 * under READ COMMITTED the next one to take the turn sees the reservations of the one before. A shipment of picks
 * takes its items' turns too, because it takes stock and gives back reservations at once: an allocation reads what
 * lies at its places and what the picks hold there in two statements, and no shipment may commit between them. Turns
 * are taken in item order, so two orders that share items never wait for each other in a circle. Every other booking
 * that takes stock out of a place, and every change of a lot's status, takes the turn too, before it locks anything
 * ({@link PickReservations}), so it sees what allocations reserved; receipts take none. A cancellation takes its
 * items' turns so that it can add what it gives back to what {@link StockMemory} knows of them. Giving stock back
 * otherwise (a short pick) needs no turn: an allocation that does not see it yet only misses stock that was free a
 * moment ago.
 */
@Repository
class AllocationTurns {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AllocationTurns(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Makes sure the items have a turn to take, when an order naming them is entered. The rows are created in item
     * order, so two orders entered at once with the same new items wait for each other at most once.
     */
    void open(Collection<Long> itemIds) {
        batch.batchUpdate("insert into allocation_turns (item_id) values (?) on conflict do nothing",
                new TreeSet<>(itemIds).stream().map(id -> new Object[] {id}).toList());
    }

    /** Takes the items' turns, waiting for any allocation of them that has not ended yet. */
    void take(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return;
        }
        List<Long> items = List.copyOf(new TreeSet<>(itemIds));
        List<Long> taken = jdbc.sql("""
                        select item_id from allocation_turns where item_id in (:items)
                         order by item_id for update""")
                .param("items", items).query(Long.class).list();
        if (taken.size() != items.size()) {
            throw new IllegalStateException("Items " + items + " have no allocation turn, only " + taken
                    + "; turns are opened when an order is entered");
        }
    }
}
