package io.lotline.picking.internal;

import io.lotline.ledger.EntriesBooked;
import io.lotline.ledger.cache.LedgerAdvanced;
import io.lotline.ledger.cache.LedgerWatermark;
import io.lotline.ledger.cache.LotCache;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each candidate lot's number and when it came in: its first receipt or output, else when it was registered. FIFO
 * and FEFO rank by it and the pick list names the lot, and every allocation weighs up to hundreds of candidates, so
 * both are kept in memory instead of being looked up again each time; a booking on a lot drops it ({@link LotCache}),
 * because a late receipt or a correction can move its arrival. What can change without a booking, the lot's status
 * and expiry date, is read with the stock every time. Like the trace facts, what other instances booked is invalidated
 * before every read ({@link LedgerWatermark}); with {@code lotline.picking.lot-memory.max-lots=0} every allocation
 * reads the database.
 */
@Repository
class LotArrivals {
    private final JdbcClient jdbc;
    private final LedgerWatermark watermark;
    private final LotCache<Arrival> memory;

    LotArrivals(JdbcClient jdbc, LedgerWatermark watermark, PickingProperties settings) {
        this.jdbc = jdbc;
        this.watermark = watermark;
        this.memory = new LotCache<>(settings.lotMemory().maxLots());
    }

    /** A lot's number and when it came in. */
    record Arrival(String lotNumber, Instant receivedAt) {
    }

    /** The arrival of each lot, in the order of {@code lotIds}; {@code null} for an id that is not a lot. */
    Arrival[] of(long[] lotIds) {
        watermark.check();
        return memory.get(lotIds, this::read, new Arrival[lotIds.length]);
    }

    @EventListener
    void on(EntriesBooked booked) {
        memory.invalidateWhenTransactionEnds(booked.lotIds());
    }

    @EventListener
    void on(LedgerAdvanced advanced) {
        if (advanced.everything()) {
            memory.clear();
        } else {
            memory.invalidate(advanced.lotIds());
        }
    }

    private Map<Long, Arrival> read(List<Long> lotIds) {
        Map<Long, Arrival> arrivals = new HashMap<>();
        jdbc.sql("""
                        select l.id, l.lot_number,
                               coalesce((select min(e.occurred_at) from ledger_entries e
                                          where e.lot_id = l.id and e.entry_type in ('RECEIPT', 'OUTPUT')),
                                        l.created_at) as received_at
                          from lots l
                         where l.id = any(cast(:lots as bigint array))""")
                .param("lots", lotIds.toArray(Long[]::new))
                .query(rs -> {
                    arrivals.put(rs.getLong("id"), new Arrival(rs.getString("lot_number"),
                            CustomerOrders.instant(rs, "received_at")));
                });
        return arrivals;
    }
}
