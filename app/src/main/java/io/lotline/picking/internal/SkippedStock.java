package io.lotline.picking.internal;

import io.lotline.picking.SkippedLot;
import io.lotline.picking.domain.AllocationPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stock each order line's last allocation skipped, with the rule and the reason, for the pick list. */
@Repository
class SkippedStock {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SkippedStock(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * What an allocation skipped on each line it allocated replaces what the previous one skipped there. Before the
     * first allocation of an order that stored picks there is nothing to replace.
     */
    void replace(long orderId, Map<Integer, List<AllocationPlan.Skipped>> byLine, boolean allocatedBefore) {
        if (byLine.isEmpty()) {
            return;
        }
        if (allocatedBefore) {
            jdbc.sql("delete from pick_skips where order_id = :order and line_no in (:lines)")
                    .param("order", orderId).param("lines", List.copyOf(byLine.keySet())).update();
        }
        List<Object[]> rows = new ArrayList<>();
        byLine.forEach((lineNo, skipped) -> skipped.forEach(skip -> rows.add(new Object[] {orderId, lineNo,
                skip.position().lotId(), skip.position().locationId(), skip.position().containerId(), skip.rule(),
                clip(skip.reason())})));
        if (!rows.isEmpty()) {
            batch.batchUpdate("""
                    insert into pick_skips (order_id, line_no, lot_id, location_id, container_id, rule, reason)
                    values (?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    /**
     * The skipped stock of the order's lines, by line, each line's in the order of the stock's keys (lot, location,
     * pallet): the order in which {@link #asStored} lists what an allocation just stored.
     */
    Map<Integer, List<SkippedLot>> of(long orderId) {
        Map<Integer, List<SkippedLot>> byLine = new HashMap<>();
        jdbc.sql("""
                        select k.line_no, l.lot_number, loc.code as location, c.code as pallet, k.rule, k.reason
                          from pick_skips k
                          join lots l on l.id = k.lot_id
                          join locations loc on loc.id = k.location_id
                          left join containers c on c.id = k.container_id
                         where k.order_id = ?
                         order by k.line_no, k.lot_id, k.location_id, k.container_id""")
                .param(orderId)
                .query(rs -> {
                    byLine.computeIfAbsent(rs.getInt(1), line -> new ArrayList<>()).add(new SkippedLot(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                });
        return byLine;
    }

    /** What {@link #replace} stores for these lines, as {@link #of} reads it back. */
    static Map<Integer, List<SkippedLot>> asStored(Map<Integer, List<AllocationPlan.Skipped>> byLine) {
        Map<Integer, List<SkippedLot>> stored = new HashMap<>();
        byLine.forEach((lineNo, skipped) -> stored.put(lineNo, skipped.stream()
                .sorted(Comparator.comparingLong((AllocationPlan.Skipped skip) -> skip.position().lotId())
                        .thenComparingLong(skip -> skip.position().locationId())
                        .thenComparingLong(skip -> skip.position().containerId()))
                .map(skip -> new SkippedLot(skip.position().lotNumber(), skip.position().location(),
                        skip.position().pallet(), skip.rule(), clip(skip.reason())))
                .toList()));
        return stored;
    }

    private static String clip(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
