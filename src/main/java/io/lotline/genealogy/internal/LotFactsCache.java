package io.lotline.genealogy.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lotline.genealogy.LotFlows;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The trace facts of recently traced lots, kept in memory so that a trace over thousands of lots costs a walk and a
 * look-up per lot instead of a round of queries; likewise the entry totals of the lots whose mass balance was asked
 * for. A lot's facts and totals are dropped when a transaction that booked entries on it, or linked it to an input,
 * ends (committed or rolled back), and reread on the next trace or balance that reaches it.
 *
 * <p>A read races with the bookings that commit while it runs. Every drop takes a number from one counter and
 * writes it to the lot's stripe before removing the lot; a read notes the counter before it queries and keeps a
 * lot only if the lot's stripe is not newer. So facts read before a commit are never kept after the commit's drop.
 * (Lots share the 65,536 stripes; sharing only makes a read keep less.) A transaction that has booked reads past the
 * memory, so it sees its own changes. Like {@link LotGraphIndex} it serves one application instance: with
 * {@code lotline.trace.engine=sql} the facts are always read from the database.
 */
@Component
class LotFactsCache {
    private static final Logger log = LoggerFactory.getLogger(LotFactsCache.class);
    private static final int STRIPES = 1 << 16;

    private final LotFactsReader reader;
    private final boolean enabled;
    private final long maxLots;
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLongArray stripes = new AtomicLongArray(STRIPES);
    private volatile long clearedAt;
    private volatile Memory memory;

    LotFactsCache(LotFactsReader reader, @Value("${lotline.trace.engine:index}") String engine,
                  @Value("${lotline.trace.cache.max-lots:0}") long maxLots) {
        this.reader = reader;
        this.enabled = !"sql".equals(engine);
        this.maxLots = maxLots > 0 ? maxLots : Runtime.getRuntime().maxMemory() / 2048;
        this.memory = newMemory();
        if (enabled) {
            log.info("Trace facts kept in memory for up to {} lots", this.maxLots);
        }
    }

    /** The facts of each lot, in the order of {@code ids}; {@code null} for an id that is not a lot. */
    LotFacts[] facts(long[] ids) {
        return held(memory.facts(), ids, reader::read, new LotFacts[ids.length]);
    }

    /**
     * What the entries of each lot put in and took out, in the order of {@code ids}; {@code null} for an id that is
     * not a lot. Kept and dropped like the facts, but read only when asked for: a trace does not need them.
     */
    EntryTotals[] totals(long[] ids) {
        return held(memory.totals(), ids, reader::totals, new EntryTotals[ids.length]);
    }

    /** The books of each lot among {@code ids} that exists: its entry totals, and its stock from its facts. */
    List<LotFlows> flows(long[] ids) {
        LotFacts[] lots = facts(ids);
        EntryTotals[] totals = totals(ids);
        List<LotFlows> flows = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            if (lots[i] != null) {
                flows.add(new LotFlows(lots[i].lotNumber(), lots[i].sku(), lots[i].unit(), totals[i].in(),
                        totals[i].out(), lots[i].onHand()));
            }
        }
        return flows;
    }

    /** Fills {@code values} from memory, reads the lots memory does not hold, and keeps them unless dropped since. */
    private <T> T[] held(Cache<Long, T> current, long[] ids, Function<List<Long>, Map<Long, T>> read, T[] values) {
        boolean useMemory = enabled && pending() == null;
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
                    (lot, held) -> readAt < clearedAt || stripes.get(stripe(lot)) > readAt ? held : value));
        }
        return values;
    }

    @EventListener
    void on(EntriesBooked booked) {
        dropWhenTransactionEnds(booked.lotIds());
    }

    /** Drops the lots' facts when the current transaction ends, and reads past the memory until then. */
    void dropWhenTransactionEnds(Collection<Long> lots) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            drop(lots);
            return;
        }
        DropAtEnd pending = pending();
        if (pending == null) {
            pending = new DropAtEnd();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.lots.addAll(lots);
    }

    /** The drop registered with the current transaction, if it has booked. */
    private static DropAtEnd pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof DropAtEnd drop) {
                return drop;
            }
        }
        return null;
    }

    private final class DropAtEnd implements TransactionSynchronization {
        final Set<Long> lots = new HashSet<>();

        @Override
        public void afterCompletion(int status) {
            drop(lots);
        }
    }

    void drop(Collection<Long> lots) {
        long stamp = changes.incrementAndGet();
        Memory current = memory;
        for (Long lot : lots) {
            stripes.accumulateAndGet(stripe(lot), stamp, Math::max);
            current.facts().invalidate(lot);
            current.totals().invalidate(lot);
        }
    }

    /** Forgets everything, e.g. after a bulk load that bypassed the application. */
    void clear() {
        clearedAt = changes.incrementAndGet();
        memory = newMemory();
    }

    long size() {
        return memory.facts().estimatedSize();
    }

    /** The lots' facts and entry totals, each bounded to {@code maxLots}. */
    private record Memory(Cache<Long, LotFacts> facts, Cache<Long, EntryTotals> totals) {
    }

    private Memory newMemory() {
        return new Memory(Caffeine.newBuilder().maximumSize(enabled ? maxLots : 0).build(),
                Caffeine.newBuilder().maximumSize(enabled ? maxLots : 0).build());
    }

    private static int stripe(long lot) {
        return (int) (lot ^ (lot >>> 16)) & (STRIPES - 1);
    }
}
