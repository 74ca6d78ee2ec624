package io.lotline.ledger.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lotline.ledger.EntriesBooked;
import io.lotline.ledger.cache.LedgerAdvanced;
import io.lotline.ledger.cache.LedgerWatermark;
import io.lotline.ledger.StockAtPlace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cache of what each item's places hold ({@link StockAtPlace}: lot, state, what lies there, what orders hold
 * there), kept between reads, so that allocating an item whose stock nothing has touched since reads none of it from
 * the database. The database stays the record; this is a copy that is either known to agree with it or not used.
 * Only {@link Availability} uses it.
 *
 * <p>Four rules keep it so:
 * <ol>
 *   <li>It is read only by a transaction that holds the item's lock ({@link ItemLocks}), and only such a transaction
 *       keeps a new state of an item: the state its own commit makes, given to {@link #keepOnCommit}. It is stored
 *       just before the commit, while the lock is still held, and only if the item's version is still the one the
 *       transaction started from; and nobody uses it until the transaction has ended committed. If it ends
 *       otherwise, the item is invalidated.</li>
 *   <li>Every other change to an item's stock, reservations or lots says so while its transaction is open
 *       ({@link #changing}): bookings through {@link EntriesBooked}, and reservations changed where the new state is
 *       not known. From then until that transaction has ended nobody uses the item's state; when it ends, committed
 *       or not, the item gets a new version and what was kept of it is invalidated.</li>
 *   <li>Versions are never reused, so a state kept under an old version is never taken for a current one.</li>
 *   <li>Other instances on the database: a state is kept with the item's stock version in the database, and used
 *       only while the lock's row shows that version. Every transaction that changed or keeps an item while holding
 *       its lock moves that version once before it commits (just before, or with its reservations' insert, see
 *       {@link ItemLocks#advance}), whichever instance it runs on, so a reservation, a hold or an outflow booked
 *       elsewhere is never missed. What changes stock without the lock (a receipt, an output) is a ledger entry:
 *       the {@link LedgerWatermark} announces it before the state is used.</li>
 * </ol>
 * A transaction that has changed or is keeping an item reads it from the database, which shows it its own changes;
 * one that keeps an item twice (two allocations in one transaction) keeps nothing of it and invalidates it instead.
 * With {@code lotline.picking.stock-memory.max-places=0} every read goes to the database; the versions still move,
 * for the other instances.
 */
@Component
class StockCache {
    private final Cache<Long, Stock> kept;
    private final ItemLocks locks;
    private final LedgerWatermark watermark;
    private final AtomicLong versionsGiven = new AtomicLong();
    private final Map<Long, AtomicLong> versions = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> changes = new ConcurrentHashMap<>();

    StockCache(ItemLocks locks, LedgerWatermark watermark, StockCacheProperties settings) {
        long maxPlaces = settings.maxPlaces();
        this.locks = locks;
        this.watermark = watermark;
        this.kept = maxPlaces <= 0 ? null : Caffeine.newBuilder().maximumWeight(maxPlaces)
                .weigher((Long item, Stock stock) -> stock.places().size() + 1).build();
    }

    /**
     * What an item's places hold, in (lot, location, pallet) order, as of {@code version} of the item in this cache
     * and {@code stored}, its stock version in the database.
     */
    record Stock(long version, List<StockAtPlace> places, long stored) {
        Stock {
            places = List.copyOf(places);
        }
    }

    /**
     * What the items' places hold: from the cache where it is current, else read by {@code read} (which answers by item
     * id). The caller holds the items' locks.
     */
    Map<Long, Stock> stockOf(Collection<Long> items, Function<Collection<Long>, Map<Long, List<StockAtPlace>>> read) {
        Map<Long, Stock> stock = new HashMap<>();
        List<Long> toRead = new ArrayList<>();
        Map<Long, Long> readAt = new HashMap<>();
        for (Long item : items) {
            Stock current = current(item);
            if (current != null) {
                stock.put(item, current);
            } else {
                readAt.put(item, version(item).get());
                toRead.add(item);
            }
        }
        if (!toRead.isEmpty()) {
            Map<Long, List<StockAtPlace>> fresh = read.apply(toRead);
            toRead.forEach(item -> stock.put(item, new Stock(readAt.get(item),
                    fresh.getOrDefault(item, List.of()), stored(item))));
        }
        return stock;
    }

    /**
     * What is kept of the item, if it is current: kept under the item's present version, nothing is changing the
     * item now, and this transaction has neither changed it nor is about to keep it. The caller holds the item's lock.
     */
    Stock current(long item) {
        if (kept == null) {
            return null;
        }
        watermark.check();
        if (changes(item).get() > 0) {
            return null;
        }
        InTransaction mine = inTransaction(false);
        if (mine != null && mine.touches(item)) {
            return null;
        }
        long version = version(item).get();
        Stock stock = kept.getIfPresent(item);
        Long stored = locks.version(item);
        return stock != null && stock.version() == version && stored != null && stock.stored() == stored
                ? stock : null;
    }

    /**
     * Keeps {@code after} as the item's state once the current transaction commits, if the item is still at the
     * version {@code basedOn} was read at; else the item is left to be read again. The caller holds the item's lock
     * and {@code after} is what the database will hold once it commits.
     */
    void keepOnCommit(Stock basedOn, long item, List<StockAtPlace> after) {
        InTransaction mine = inTransaction(true);
        if (mine == null) {
            return;
        }
        if (mine.touches(item)) {
            changing(List.of(item));
        } else {
            mine.keeping.put(item, new Stock(basedOn.version(), after, basedOn.stored()));
        }
    }

    /**
     * The current transaction changes the items' stock, reservations or lots: until it ends nobody uses what is known
     * of them, and when it ends that is forgotten.
     */
    void changing(Collection<Long> items) {
        if (items.isEmpty()) {
            return;
        }
        InTransaction mine = inTransaction(true);
        if (mine == null) {
            invalidate(Set.copyOf(items));
            return;
        }
        for (Long item : items) {
            mine.keeping.remove(item);
            if (mine.changing.add(item)) {
                changes(item).incrementAndGet();
            }
        }
    }

    @EventListener
    void on(EntriesBooked booked) {
        changing(booked.itemIds());
    }

    /** Forgets the items whose stock other instances booked. */
    @EventListener
    void on(LedgerAdvanced advanced) {
        invalidate(advanced.everything() ? Set.copyOf(versions.keySet()) : advanced.itemIds());
    }

    private long stored(long item) {
        Long stored = locks.version(item);
        return stored == null ? -1 : stored;
    }

    /**
     * What the current transaction is keeping and changing, registered with it the first time it is asked for with
     * {@code register}; {@code null} outside a transaction or when the cache is off.
     */
    private InTransaction inTransaction(boolean register) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof InTransaction mine && mine.cache() == this) {
                return mine;
            }
        }
        if (!register) {
            return null;
        }
        InTransaction mine = new InTransaction();
        TransactionSynchronizationManager.registerSynchronization(mine);
        return mine;
    }

    /** The items one transaction keeps a new state of, each with the version it started from, and those it changes. */
    private final class InTransaction implements TransactionSynchronization {
        final Map<Long, Stock> keeping = new HashMap<>();
        final Set<Long> changing = new HashSet<>();
        private boolean committing;

        StockCache cache() {
            return StockCache.this;
        }

        boolean touches(long item) {
            return keeping.containsKey(item) || changing.contains(item);
        }

        /**
         * Moves the stock version in the database of every item changed or kept under its lock, then stores what is
         * kept, unusable until the transaction has ended committed, if no version came between.
         */
        @Override
        public void beforeCommit(boolean readOnly) {
            committing = true;
            Set<Long> touched = new HashSet<>(changing);
            touched.addAll(keeping.keySet());
            Set<Long> advanced = locks.advance(touched);
            keeping.forEach((item, after) -> {
                changes(item).incrementAndGet();
                long next = versionsGiven.incrementAndGet();
                if (version(item).compareAndSet(after.version(), next) && kept != null && advanced.contains(item)
                        && after.stored() >= 0) {
                    kept.put(item, new Stock(next, after.places(), after.stored() + 1));
                }
            });
        }

        @Override
        public void afterCompletion(int status) {
            if (committing) {
                if (status != STATUS_COMMITTED) {
                    invalidate(keeping.keySet());
                }
                keeping.keySet().forEach(item -> changes(item).decrementAndGet());
            }
            invalidate(changing);
            changing.forEach(item -> changes(item).decrementAndGet());
        }
    }

    private void invalidate(Collection<Long> items) {
        for (Long item : items) {
            version(item).set(versionsGiven.incrementAndGet());
            if (kept != null) {
                kept.invalidate(item);
            }
        }
    }

    private AtomicLong version(long item) {
        return versions.computeIfAbsent(item, id -> new AtomicLong());
    }

    private AtomicInteger changes(long item) {
        return changes.computeIfAbsent(item, id -> new AtomicInteger());
    }
}
