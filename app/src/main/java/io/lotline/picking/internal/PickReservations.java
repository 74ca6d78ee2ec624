package io.lotline.picking.internal;

import io.lotline.ledger.Reservations;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The picks' reservations as the ledger minds them. A transfer, scrap or issue of an item, and a change of a lot's
 * status, first takes the item's allocation turn ({@link AllocationTurns}), so no allocation is reserving stock of it
 * meanwhile; an outflow then learns what the picks of which orders hold at its places. A shipment of picks ships
 * under its order, so the ledger lets it take what its own picks hold.
 */
@Component
class PickReservations implements Reservations {
    private final AllocationTurns turns;
    private final JdbcClient jdbc;

    PickReservations(AllocationTurns turns, JdbcClient jdbc) {
        this.turns = turns;
        this.jdbc = jdbc;
    }

    /** Takes the items' turns, opening a turn first for an item no order has named yet. */
    @Override
    public void holdOff(Collection<Long> itemIds) {
        turns.open(itemIds);
        turns.take(itemIds);
    }

    @Override
    public Map<At, Map<String, BigDecimal>> heldAt(Collection<At> places) {
        Set<At> asked = new HashSet<>(places);
        Map<At, Map<String, BigDecimal>> held = new HashMap<>();
        jdbc.sql("""
                        select p.lot_id, p.location_id, p.container_id, p.reserved, o.code from picks p
                          join customer_orders o on o.id = p.order_id
                         where p.lot_id = any(cast(:lots as bigint array)) and p.reserved > 0""")
                .param("lots", asked.stream().map(At::lotId).distinct().toArray(Long[]::new))
                .query(rs -> {
                    At at = new At(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                    if (asked.contains(at)) {
                        held.computeIfAbsent(at, key -> new HashMap<>())
                                .merge(rs.getString(5), rs.getBigDecimal(4), BigDecimal::add);
                    }
                });
        return held;
    }
}
