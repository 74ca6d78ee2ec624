package io.lotline.picking.internal;

import io.lotline.picking.SkippedLot;
import io.lotline.picking.domain.AllocationPlan;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stock each order line's last allocation skipped, with the rule and the reason, for the pick list. */
@Repository
class SkippedStock {
    private final JdbcClient jdbc;

    SkippedStock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an allocation of the line skipped replaces what the previous one skipped. */
    void replace(long orderId, int lineNo, List<AllocationPlan.Skipped> skipped) {
        jdbc.sql("delete from pick_skips where order_id = ? and line_no = ?").params(orderId, lineNo).update();
        for (AllocationPlan.Skipped skip : skipped) {
            jdbc.sql("""
                            insert into pick_skips (order_id, line_no, lot_id, location_id, container_id, rule, reason)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(orderId, lineNo, skip.position().lotId(), skip.position().locationId(),
                            skip.position().containerId(), skip.rule(), clip(skip.reason()))
                    .update();
        }
    }

    /** The skipped stock of one order line, by lot, location and pallet. */
    List<SkippedLot> of(long orderId, int lineNo) {
        return jdbc.sql("""
                        select l.lot_number, loc.code as location, c.code as pallet, k.rule, k.reason
                          from pick_skips k
                          join lots l on l.id = k.lot_id
                          join locations loc on loc.id = k.location_id
                          left join containers c on c.id = k.container_id
                         where k.order_id = ? and k.line_no = ?
                         order by l.lot_number, loc.code, c.code""")
                .params(orderId, lineNo)
                .query((rs, n) -> new SkippedLot(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private static String clip(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
