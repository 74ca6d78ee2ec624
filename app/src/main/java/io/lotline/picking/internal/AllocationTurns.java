package io.lotline.picking.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Allocations of the same item take turns. Whatever reserves stock of an item (an allocation, a substitution at the
 * shelf) first takes the item's turn, a row lock held until its transaction ends, and only then reads what is free:
 * under READ COMMITTED the next one to take the turn sees the reservations of the one before. A shipment of picks
 * takes its items' turns too, because it takes stock and gives back reservations at once: an allocation reads what
 * lies at its places and what the picks hold there in two statements, and no shipment may commit between them. Turns
 * are taken in item order, so two orders that share items never wait for each other in a circle. Every other booking
 * that takes stock out of a place, and every change of a lot's status, takes the turn too, before it locks anything
 * ({@link PickReservations}), so it sees what allocations reserved; receipts take none. A cancellation takes its
 * items' turns so that it can add what it gives back to what {@link StockMemory} knows of them; so does a pick
 * confirmation, which may give stock back (a short pick).
 *
 * <p>The turn's row also holds the item's stock version: a transaction that changed the item's picks or stock while
 * holding its turn moves it by one just before it commits ({@link #advance}). Allocation on any instance keeps an
 * item's state in memory only together with the version it was read at, and uses it only while the row still shows
 * that version ({@link StockMemory}); so a reservation or hold made by another instance is never missed.
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
        Map<Long, Long> taken = new HashMap<>();
        jdbc.sql("""
                        select item_id, stock_version from allocation_turns where item_id in (:items)
                         order by item_id for update""")
                .param("items", items).query(rs -> {
                    taken.put(rs.getLong(1), rs.getLong(2));
                });
        if (taken.size() != items.size()) {
            throw new IllegalStateException("Items " + items + " have no allocation turn, only " + taken.keySet()
                    + "; turns are opened when an order is entered");
        }
        Held held = held(true);
        if (held != null) {
            taken.forEach(held.versions::putIfAbsent);
        }
    }

    /**
     * The stock version of the item as this transaction found it when it took the item's turn; {@code null} if it
     * holds no turn of the item.
     */
    Long version(long itemId) {
        Held held = held(false);
        return held == null ? null : held.versions.get(itemId);
    }

    /** Moves the stock version of those of the items whose turns this transaction holds; answers them. */
    Set<Long> advance(Collection<Long> itemIds) {
        Held held = held(false);
        if (held == null) {
            return Set.of();
        }
        Set<Long> advanced = new TreeSet<>(itemIds);
        advanced.retainAll(held.versions.keySet());
        if (!advanced.isEmpty()) {
            jdbc.sql("update allocation_turns set stock_version = stock_version + 1 where item_id in (:items)")
                    .param("items", List.copyOf(advanced)).update();
        }
        return advanced;
    }

    private static Held held(boolean register) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Held held) {
                return held;
            }
        }
        if (!register) {
            return null;
        }
        Held held = new Held();
        TransactionSynchronizationManager.registerSynchronization(held);
        return held;
    }

    /** The turns a transaction holds, with the stock version of each item when it took it. */
    private static final class Held implements TransactionSynchronization {
        final Map<Long, Long> versions = new HashMap<>();
    }
}
