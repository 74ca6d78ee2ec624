package io.lotline.ledger.internal;

import io.lotline.ledger.AvailableStock.Reservation;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reservations: what customer orders hold of a lot at a place, one row per holder's reservation (a pick), gone
 * once it is given back or shipped. Written only by {@link Availability}, under the items' locks.
 */
@Repository
class StockReservations {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    StockReservations(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A lot at a location, on a pallet (0 for loose stock). */
    record At(long lotId, long locationId, long containerId) {
    }

    void insert(String customerOrder, List<Reservation> reservations) {
        batch.batchUpdate("""
                        insert into stock_reservations (id, customer_order, item_id, lot_id, location_id, container_id,
                                                        quantity)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                reservations.stream().map(r -> new Object[] {r.id(), customerOrder, r.itemId(), r.lotId(),
                        r.locationId(), r.containerId(), r.quantity()}).toList());
    }

    /** The reservations of those ids that still exist. */
    List<Reservation> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, item_id, lot_id, location_id, container_id, quantity from stock_reservations
                         where id in (:ids) order by id""")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> new Reservation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getBigDecimal(6))).list();
    }

    void delete(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from stock_reservations where id in (:ids)").param("ids", List.copyOf(ids)).update();
        }
    }

    void resize(long id, BigDecimal quantity) {
        jdbc.sql("update stock_reservations set quantity = ? where id = ?").params(quantity, id).update();
    }

    /** Gives back everything reserved of the lot; answers how many reservations that was. */
    int deleteLot(long lotId) {
        return jdbc.sql("delete from stock_reservations where lot_id = ?").param(lotId).update();
    }

    /**
     * What is held at each place asked about, by the code of the customer order that holds it; a place where
     * nothing is held is left out.
     */
    Map<At, Map<String, BigDecimal>> heldAt(Collection<At> places) {
        if (places.isEmpty()) {
            return Map.of();
        }
        Set<At> asked = new HashSet<>(places);
        Map<At, Map<String, BigDecimal>> held = new HashMap<>();
        jdbc.sql("""
                        select lot_id, location_id, container_id, quantity, customer_order from stock_reservations
                         where lot_id = any(cast(:lots as bigint array))""")
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
