package io.lotline.picking.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lotline.catalog.Item;
import io.lotline.ledger.EntriesBooked;
import io.lotline.picking.internal.PickableStock.Held;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What each item's places hold, as allocation weighs it (lot, state, what lies there, what orders hold there), kept
 * between allocations, so that allocating an item whose stock nothing has touched since reads none of it from the
 * database (ADR 14). The database stays the record; this is a copy
 * that is either known to agree with it or not used.
 *
 * <p>Three rules keep it so:
 * <ol>
 *   <li>It is read only by a transaction that holds the item's allocation turn ({@link AllocationTurns}), and only
 *       such a transaction keeps a new state of an item: the state its own commit makes, given to
 *       {@link #keepOnCommit} and kept just before the commit, while the turn is still held. It is kept only if the
 *       item's version is still the one the transaction started from.</li>
 *   <li>Every other change to an item's stock, reservations or lots says so while its transaction is open
 *       ({@link #changing}): bookings through {@link EntriesBooked}, and picks confirmed short, substituted, shipped
 *       or given back by a shipment. From then until that transaction has ended nobody uses or keeps the item's
 *       state; when it ends, committed or not, the item gets a new version and what was kept of it is forgotten.</li>
 *   <li>Versions are never reused, so a state kept under an old version is never taken for a current one.</li>
 * </ol>
 * A change that neither holds the turn nor says so would make the memory wrong; so every write to the picks either
 * hands its outcome to {@link #keepOnCommit} (allocation, cancellation) or calls {@link #changing}. The memory serves
 * one application instance; with {@code lotline.picking.stock-memory.max-places=0} every allocation reads the
 * database.
 */
@Component
class StockMemory {
    private final Cache<Long, Stock> kept;
    private final AtomicLong versionsGiven = new AtomicLong();
    private final Map<Long, AtomicLong> versions = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> changes = new ConcurrentHashMap<>();

    StockMemory(@Value("${lotline.picking.stock-memory.max-places:250000}") long maxPlaces) {
        this.kept = maxPlaces <= 0 ? null : Caffeine.newBuilder().maximumWeight(maxPlaces)
                .weigher((Long item, Stock stock) -> stock.places().size() + 1).build();
    }

    /** What an item's places hold, in (lot, location, pallet) order, as of {@code version} of the item. */
    record Stock(long version, List<Held> places) {
        Stock {
            places = List.copyOf(places);
        }
    }

    /**
     * What the items' places hold: from memory where it is current, else read by {@code read} (which answers by item
     * id). The caller holds the items' turns.
     */
    Map<Long, Stock> stockOf(Collection<Item> items, Function<Collection<Item>, Map<Long, List<Held>>> read) {
        Map<Long, Stock> stock = new HashMap<>();
        List<Item> toRead = new ArrayList<>();
        Map<Long, Long> readAt = new HashMap<>();
        for (Item item : items) {
            Stock current = current(item.id());
            if (current != null) {
                stock.put(item.id(), current);
            } else {
                readAt.put(item.id(), version(item.id()).get());
                toRead.add(item);
            }
        }
        if (!toRead.isEmpty()) {
            Map<Long, List<Held>> fresh = read.apply(toRead);
            toRead.forEach(item -> stock.put(item.id(),
                    new Stock(readAt.get(item.id()), fresh.getOrDefault(item.id(), List.of()))));
        }
        return stock;
    }

    /**
     * What is kept of the item, if it is current: kept under the item's present version, and nothing is changing the
     * item now. The caller holds the item's turn.
     */
    Stock current(long item) {
        if (kept == null || changes(item).get() > 0) {
            return null;
        }
        long version = version(item).get();
        Stock stock = kept.getIfPresent(item);
        return stock != null && stock.version() == version ? stock : null;
    }

    /**
     * Keeps {@code after} as the item's state once the current transaction commits, if the item is still at the
     * version {@code basedOn} was read at; else the memory is left to be read again. The caller holds the item's turn
     * and {@code after} is what the database will hold once it commits. Kept while another change is under way, it is
     * not used before that change ends, and forgotten then.
     */
    void keepOnCommit(Stock basedOn, long item, List<Held> after) {
        if (kept == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            private boolean keeping;

            @Override
            public void beforeCommit(boolean readOnly) {
                long next = versionsGiven.incrementAndGet();
                if (version(item).compareAndSet(basedOn.version(), next)) {
                    kept.put(item, new Stock(next, after));
                    keeping = true;
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (keeping && status != STATUS_COMMITTED) {
                    forget(Set.of(item));
                }
            }
        });
    }

    /**
     * The current transaction changes the items' stock, reservations or lots: until it ends nobody uses or keeps what
     * is known of them, and when it ends that is forgotten.
     */
    void changing(Collection<Long> items) {
        if (kept == null || items.isEmpty()) {
            return;
        }
        Set<Long> changed = Set.copyOf(items);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forget(changed);
            return;
        }
        changed.forEach(item -> changes(item).incrementAndGet());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                forget(changed);
                changed.forEach(item -> changes(item).decrementAndGet());
            }
        });
    }

    @EventListener
    void on(EntriesBooked booked) {
        changing(booked.itemIds());
    }

    private void forget(Set<Long> items) {
        for (Long item : items) {
            version(item).set(versionsGiven.incrementAndGet());
            kept.invalidate(item);
        }
    }

    private AtomicLong version(long item) {
        return versions.computeIfAbsent(item, id -> new AtomicLong());
    }

    private AtomicInteger changes(long item) {
        return changes.computeIfAbsent(item, id -> new AtomicInteger());
    }
}
