package io.lotline.ledger.internal;

import io.lotline.catalog.ItemRegistered;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One row lock per item ({@code stock_item_locks}), held until the transaction ends. Whoever reads an item's stock to
 * reserve from it, reserves or gives back, takes stock of it out of a place or changes a lot's status takes it first,
 * so under READ COMMITTED the next one sees what the one before did. Locks are taken in item order, before any
 * balance row and before the ledger's chain head (ADR 49).
 *
 * <p>The row also holds the item's stock version: a transaction that changed the item's reservations or stock while
 * holding its lock moves it by one before it commits ({@link #advance}; on PostgreSQL a reservation's insert moves it
 * in the same statement, see {@link StockReservations#insert}), so every instance can tell whether what it keeps of
 * the item is current ({@link StockCache}). Every item has its row from the transaction that registers it
 * ({@link ItemRegistered}), so all items are locked in one statement; an item without a row is an error.
 */
@Repository
class ItemLocks {
    private final JdbcClient jdbc;
    ItemLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks those of the items this transaction does not hold yet, in item order, waiting for whoever holds them. */
    void lock(Collection<Long> itemIds) {
        Held held = held(true);
        TreeSet<Long> wanted = new TreeSet<>(itemIds);
        wanted.removeAll(held.versions.keySet());
        if (wanted.isEmpty()) {
            return;
        }
        held.versions.putAll(select(wanted));
        wanted.removeAll(held.versions.keySet());
        if (!wanted.isEmpty()) {
            throw new IllegalStateException("No item lock row for items " + wanted
                    + ": every item gets one when it is registered");
        }
    }

    /** Creates a registered item's row, in the transaction that registers it. */
    @EventListener
    void on(ItemRegistered registered) {
        jdbc.sql("insert into stock_item_locks (item_id) values (?)").param(registered.itemId()).update();
    }

    /** Whether this transaction holds the item's lock. */
    boolean holds(long itemId) {
        Held held = held(false);
        return held != null && held.versions.containsKey(itemId);
    }

    /** The item's stock version as this transaction found it when it locked the item; {@code null} if it did not. */
    Long version(long itemId) {
        Held held = held(false);
        return held == null ? null : held.versions.get(itemId);
    }

    /**
     * Moves the stock version of those of the items this transaction holds, unless a statement that changed them
     * moved it already ({@link #unmoved}); answers them all. A transaction moves an item's version once.
     */
    Set<Long> advance(Collection<Long> itemIds) {
        Held held = held(false);
        if (held == null) {
            return Set.of();
        }
        Set<Long> advanced = new TreeSet<>(itemIds);
        advanced.retainAll(held.versions.keySet());
        List<Long> toMove = advanced.stream().filter(item -> !held.moved.contains(item)).toList();
        if (!toMove.isEmpty()) {
            jdbc.sql("update stock_item_locks set stock_version = stock_version + 1 where item_id in (:items)")
                    .param("items", toMove).update();
            held.moved.addAll(toMove);
        }
        return advanced;
    }

    /** Those of the items this transaction holds whose stock version it has not moved yet, in item order. */
    List<Long> unmoved(Collection<Long> itemIds) {
        Held held = held(false);
        if (held == null) {
            return List.of();
        }
        return new TreeSet<>(itemIds).stream()
                .filter(item -> held.versions.containsKey(item) && !held.moved.contains(item)).toList();
    }

    /** A statement that changed the items, which this transaction holds, moved their stock version with the change. */
    void moved(Collection<Long> itemIds) {
        Held held = held(false);
        if (held != null) {
            held.moved.addAll(itemIds);
        }
    }

    private Map<Long, Long> select(Collection<Long> items) {
        Map<Long, Long> taken = new HashMap<>();
        jdbc.sql("""
                        select item_id, stock_version from stock_item_locks where item_id in (:items)
                         order by item_id for update""")
                .param("items", List.copyOf(items)).query(rs -> {
                    taken.put(rs.getLong(1), rs.getLong(2));
                });
        return taken;
    }

    private static Held held(boolean register) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (register) {
                throw new IllegalStateException("Items are locked inside a transaction");
            }
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

    /** The items a transaction holds, with the stock version of each when it locked it, and those it moved. */
    private static final class Held implements TransactionSynchronization {
        final Map<Long, Long> versions = new HashMap<>();
        final Set<Long> moved = new HashSet<>();
    }
}
