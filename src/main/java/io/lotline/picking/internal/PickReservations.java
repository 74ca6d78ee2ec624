package io.lotline.picking.internal;

import io.lotline.ledger.Reservations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The picks' reservations as the ledger minds them before it takes stock out of a place: a transfer, scrap or issue
 * of an item first takes the item's allocation turn ({@link AllocationTurns}), so no allocation is reserving stock of
 * it meanwhile, and then learns what the picks of which orders hold at its places.
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
    public Map<At, Held> heldAt(Collection<At> places) {
        Set<At> asked = new HashSet<>(places);
        Map<At, BigDecimal> quantities = new HashMap<>();
        Map<At, List<String>> holders = new HashMap<>();
        jdbc.sql("""
                        select p.lot_id, p.location_id, p.container_id, p.reserved, o.code from picks p
                          join customer_orders o on o.id = p.order_id
                         where p.lot_id = any(cast(:lots as bigint array)) and p.reserved > 0
                         order by o.code""")
                .param("lots", asked.stream().map(At::lotId).distinct().toArray(Long[]::new))
                .query(rs -> {
                    At at = new At(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                    if (asked.contains(at)) {
                        quantities.merge(at, rs.getBigDecimal(4), BigDecimal::add);
                        List<String> orders = holders.computeIfAbsent(at, key -> new ArrayList<>());
                        String order = "order " + rs.getString(5);
                        if (!orders.contains(order)) {
                            orders.add(order);
                        }
                    }
                });
        Map<At, Held> held = new LinkedHashMap<>();
        quantities.forEach((at, quantity) -> held.put(at, new Held(quantity, holders.get(at))));
        return held;
    }
}
