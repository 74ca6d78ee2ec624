package io.lotline.ledger.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lotline.ledger.EntriesBooked;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A copy of some data of lots, kept in memory by the capability that reads it often, and dropped lot by lot when a
 * transaction that booked entries on the lot ends ({@link EntriesBooked}), committed or rolled back. Its owner
 * listens for the event and calls {@link #invalidateWhenTransactionEnds}; the next read of a dropped lot asks the database
 * again.
 *
 * <p>A read races with the bookings that commit while it runs. Every drop takes a number from one counter and writes
 * it to the lot's stripe before removing the lot; a read notes the counter before it queries and keeps a lot only if
 * the lot's stripe is not newer. So data read before a commit is never kept after the commit's drop. (Lots share the
 * 65,536 stripes; sharing only makes a read keep less.) A transaction that has booked reads past the memory, so it
 * sees its own changes. The memory serves one application instance.
 *
 * @param <T> what is kept of a lot
 */
public final class LotCache<T> {
    private static final int STRIPES = 1 << 16;

    private final long maxLots;
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLongArray stripes = new AtomicLongArray(STRIPES);
    private volatile long clearedAt;
    private volatile Cache<Long, T> held;

    /** A memory of at most {@code maxLots} lots; with 0 it keeps nothing and every read asks the database. */
    public LotCache(long maxLots) {
        this.maxLots = maxLots;
        this.held = newCache();
    }

    /**
     * Fills {@code values} with what is held of each lot of {@code ids}, reads the others with {@code read} and keeps
     * them unless a drop came since; {@code null} where {@code read} answers nothing for an id.
     */
    public T[] get(long[] ids, Function<List<Long>, Map<Long, T>> read, T[] values) {
        Cache<Long, T> current = held;
        boolean useMemory = maxLots > 0 && pending() == null;
        List<Long> missing = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            values[i] = useMemory ? current.getIfPresent(ids[i]) : null;
            if (values[i] == null) {
                missing.add(ids[i]);
            }
        }
        if (missing.isEmpty()) {
            return values;
        }
        long readAt = changes.get();
        Map<Long, T> fresh = read.apply(missing);
        for (int i = 0; i < ids.length; i++) {
            if (values[i] == null) {
                values[i] = fresh.get(ids[i]);
            }
        }
        if (useMemory) {
            fresh.forEach((id, value) -> current.asMap().compute(id,
                    (lot, kept) -> readAt < clearedAt || stripes.get(stripe(lot)) > readAt ? kept : value));
        }
        return values;
    }

    /** Drops the lots when the current transaction ends, and reads past the memory until then. */
    public void invalidateWhenTransactionEnds(Collection<Long> lots) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            invalidate(lots);
            return;
        }
        InvalidateAtEnd pending = pending();
        if (pending == null) {
            pending = new InvalidateAtEnd();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.lots.addAll(lots);
    }

    /** Drops the lots now. */
    public void invalidate(Collection<Long> lots) {
        long stamp = changes.incrementAndGet();
        Cache<Long, T> current = held;
        for (Long lot : lots) {
            stripes.accumulateAndGet(stripe(lot), stamp, Math::max);
            current.invalidate(lot);
        }
    }

    /** Forgets everything, e.g. after a bulk load that bypassed the application. */
    public void clear() {
        clearedAt = changes.incrementAndGet();
        held = newCache();
    }

    public long size() {
        return held.estimatedSize();
    }

    /** The drop this memory registered with the current transaction, if the transaction has booked. */
    private InvalidateAtEnd pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof LotCache<?>.InvalidateAtEnd drop && drop.memory() == this) {
                @SuppressWarnings("unchecked")
                InvalidateAtEnd mine = (InvalidateAtEnd) drop;
                return mine;
            }
        }
        return null;
    }

    private final class InvalidateAtEnd implements TransactionSynchronization {
        final Set<Long> lots = new HashSet<>();

        LotCache<T> memory() {
            return LotCache.this;
        }

        @Override
        public void afterCompletion(int status) {
            invalidate(lots);
        }
    }

    private Cache<Long, T> newCache() {
        return Caffeine.newBuilder().maximumSize(maxLots).build();
    }

    private static int stripe(long lot) {
        return (int) (lot ^ (lot >>> 16)) & (STRIPES - 1);
    }
}
