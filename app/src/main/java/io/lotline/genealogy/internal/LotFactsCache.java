package io.lotline.genealogy.internal;

import io.lotline.genealogy.LotFlows;
import io.lotline.ledger.EntriesBooked;
import io.lotline.ledger.cache.LedgerAdvanced;
import io.lotline.ledger.cache.LedgerWatermark;
import io.lotline.ledger.cache.LotCache;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The trace facts of recently traced lots, kept in memory so that a trace over thousands of lots costs a walk and a
 * look-up per lot instead of a round of queries; likewise the entry totals of the lots whose mass balance was asked
 * for. A lot's facts and totals are dropped when a transaction that booked entries on it, or linked it to an input,
 * ends (committed or rolled back), and reread on the next trace or balance that reaches it; {@link LotCache} keeps
 * a read that races with such a commit from keeping what it saw before. What other instances on the database booked
 * is invalidated before every read: {@link LedgerWatermark#check()} announces their entries ({@link LedgerAdvanced}).
 * With {@code lotline.trace.engine=sql} the facts are always read from the database.
 */
@Component
class LotFactsCache {
    private static final Logger log = LoggerFactory.getLogger(LotFactsCache.class);

    private final LotFactsReader reader;
    private final LedgerWatermark watermark;
    private final LotCache<LotFacts> facts;
    private final LotCache<EntryTotals> totals;

    LotFactsCache(LotFactsReader reader, LedgerWatermark watermark, TraceProperties settings) {
        this.reader = reader;
        this.watermark = watermark;
        boolean enabled = settings.indexed();
        long maxLots = settings.cache().maxLots();
        long bound = !enabled ? 0 : maxLots > 0 ? maxLots : Runtime.getRuntime().maxMemory() / 2048;
        this.facts = new LotCache<>(bound);
        this.totals = new LotCache<>(bound);
        if (enabled) {
            log.info("Trace facts kept in memory for up to {} lots", bound);
        }
    }

    /** The facts of each lot, in the order of {@code ids}; {@code null} for an id that is not a lot. */
    LotFacts[] facts(long[] ids) {
        watermark.check();
        return facts.get(ids, reader::read, new LotFacts[ids.length]);
    }

    /**
     * What the entries of each lot put in and took out, in the order of {@code ids}; {@code null} for an id that is
     * not a lot. Kept and dropped like the facts, but read only when asked for: a trace does not need them.
     */
    EntryTotals[] totals(long[] ids) {
        watermark.check();
        return totals.get(ids, reader::totals, new EntryTotals[ids.length]);
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

    @EventListener
    void on(EntriesBooked booked) {
        invalidateWhenTransactionEnds(booked.lotIds());
    }

    @EventListener
    void on(LedgerAdvanced advanced) {
        if (advanced.everything()) {
            clear();
        } else {
            invalidate(advanced.lotIds());
        }
    }

    /** Drops the lots' facts and totals when the current transaction ends, and reads past the memory until then. */
    void invalidateWhenTransactionEnds(Collection<Long> lots) {
        facts.invalidateWhenTransactionEnds(lots);
        totals.invalidateWhenTransactionEnds(lots);
    }

    void invalidate(Collection<Long> lots) {
        facts.invalidate(lots);
        totals.invalidate(lots);
    }

    /** Forgets everything, e.g. after a bulk load that bypassed the application. */
    void clear() {
        facts.clear();
        totals.clear();
    }

    long size() {
        return facts.size();
    }
}
